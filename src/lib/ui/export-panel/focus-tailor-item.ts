/**
 * Brings one CV item's card into view in the Tailor tab, open, and puts focus on its title, where
 * the item's keys (accept, edit, regenerate) apply. A done item may be folded to one line behind
 * a disclosure button in its title: that is opened, so the person sees the claims they came for.
 * The tab is switched by the caller; the card appears a frame or more later, and the Tailor tab
 * moves focus to the item in review as it opens, so this waits for the card and then for that to
 * settle before it takes focus.
 */
const MAX_FRAMES = 120;

function nextFrame(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export async function focusTailorItem(itemId: string): Promise<boolean> {
	const selector = `[data-item-id="${CSS.escape(itemId)}"]`;
	let card: HTMLElement | null = null;
	for (let frame = 0; frame < MAX_FRAMES && !card; frame++) {
		await nextFrame();
		card = document.querySelector<HTMLElement>(selector);
	}
	if (!card) return false;
	await nextFrame();
	const title = card.querySelector<HTMLElement>('h3') ?? card;
	const disclosure = title.querySelector<HTMLButtonElement>('button[aria-expanded]');
	if (disclosure?.getAttribute('aria-expanded') === 'false') {
		disclosure.click();
		await nextFrame();
	}
	const target = disclosure ?? title;
	if (!target.hasAttribute('tabindex') && !disclosure) target.tabIndex = -1;
	target.scrollIntoView({ block: 'start' });
	target.focus({ preventScroll: true });
	return true;
}
