/**
 * Brings one CV item's card into view in the Tailor tab and puts focus on its title, where the
 * item's keys (accept, edit, regenerate) apply. The tab is switched by the caller; the card
 * appears a frame or more later, and the Tailor tab moves focus to the item in review as it
 * opens, so this waits for the card and then for that to settle before it takes focus.
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
	if (!title.hasAttribute('tabindex')) title.tabIndex = -1;
	title.scrollIntoView({ block: 'start' });
	title.focus({ preventScroll: true });
	return true;
}
