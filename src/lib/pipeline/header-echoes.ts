/**
 * Lines a model copies from the item's own header into its bullets: the job title, the
 * organization, the dates, the project's name. The CV prints those above the bullets already, so
 * a bullet that only repeats them is noise in every export (and a year in it reads to the claim
 * guard like a new number). Seen from small and local models that echo the "Title / Organization
 * / Dates" block of the prompt as if it were content.
 */
import type { CvItem, ItemContent, Profile, Project, Role } from '$lib/domain';

/** "2020-03 – present", "Aug 2016 - Feb 2020", "2014 to 2016", "(2019–2021)". */
const DATES_ONLY =
	/^[\s(]*(?:(?:\d{4}(?:-\d{2})?|\d{1,2}\/\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|present|current|now|today|ongoing)[\s)]*(?:[–—-]|to|until)?[\s(]*)+$/i;

function key(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function echoKeys(names: readonly string[]): Set<string> {
	const parts = names.map((name) => name.trim()).filter((name) => name !== '');
	const keys = new Set(parts.map(key));
	// "Title, Organization", "Title at Organization", "Title – Organization, Location"...
	if (parts.length >= 2) {
		const [first, second] = parts;
		for (const joiner of [' ', ' at ', ', ', ' – ', ' | '])
			keys.add(key(`${first}${joiner}${second}`));
		keys.add(key(parts.join(' ')));
	}
	keys.delete('');
	return keys;
}

function isEcho(line: string, keys: ReadonlySet<string>): boolean {
	return keys.has(key(line)) || DATES_ONLY.test(line.trim());
}

/**
 * The content without bullets (or a role summary) that only repeat the header. If every bullet
 * is an echo, the content stays as it was: the person then sees what the model did, and an item
 * with no bullets at all would look like a failure that did not happen.
 */
export function withoutHeaderEchoes(content: ItemContent, source: Role | Project): ItemContent {
	const keys =
		'title' in source
			? echoKeys([source.title, source.organization, source.location])
			: echoKeys([source.name]);
	const bullets = content.bullets.filter((bullet) => !isEcho(bullet, keys));
	if (bullets.length === 0) return content;
	const text = isEcho(content.text, keys) ? '' : content.text;
	return { ...content, text, bullets };
}

/** The same for any item: only roles and projects have a header of their own. */
export function withoutEchoesOfItem(
	content: ItemContent,
	profile: Profile,
	item: CvItem
): ItemContent {
	const source =
		item.kind === 'role'
			? profile.roles.find((role) => role.id === item.sourceId)
			: item.kind === 'project'
				? profile.projects.find((project) => project.id === item.sourceId)
				: undefined;
	return source ? withoutHeaderEchoes(content, source) : content;
}
