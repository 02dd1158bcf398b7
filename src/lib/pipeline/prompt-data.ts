/**
 * How the person's data and the job ad are written into prompts: compact, labelled, and with
 * our own data tags neutralised inside the text, so a job ad cannot close its <job_ad> fence
 * and pose as instructions.
 */
import type { ItemContent, Project, Role, Skill } from '$lib/domain';

const DATA_TAG = /<\s*(\/?)\s*(job_ad|person|previous|feedback|draft)\s*>/gi;

/** Text placed inside a data fence; look-alike tags become harmless brackets. */
export function asData(text: string): string {
	return text.replace(DATA_TAG, (_tag, slash: string, name: string) => `[${slash}${name}]`).trim();
}

export function orNone(text: string, none = '(none given)'): string {
	return text.trim() === '' ? none : text.trim();
}

export function bulletLines(entries: readonly string[], none = '(none given)'): string {
	const kept = entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
	return kept.length === 0 ? none : kept.map((entry) => `- ${entry}`).join('\n');
}

/** "2021-04 – present", "2018-02 – 2021-03", "2015", or '' when no date was given. */
export function formatDates(start: string, end: string, current: boolean): string {
	const until = current ? 'present' : end;
	if (start === '' && until === '') return '';
	if (start === '') return until;
	if (until === '') return start;
	return `${start} – ${until}`;
}

/** A role as the summary and letter prompts head it: "Analyst, Northwind (2019-03 – present)". */
export function roleHeading(
	role: Pick<Role, 'title' | 'organization' | 'start' | 'end' | 'current'>
): string {
	const dates = formatDates(role.start, role.end, role.current);
	const where = [role.title, role.organization].filter((part) => part.trim() !== '');
	return `${where.join(', ') || 'Role'}${dates ? ` (${dates})` : ''}`;
}

export function projectHeading(project: Pick<Project, 'name'>): string {
	return `Side project: ${project.name || 'untitled'}`;
}

/** One accepted role or project for those prompts: its heading, its text, then its bullets. */
export function describeEntry(heading: string, text: string, bullets: readonly string[]): string {
	return [heading, text.trim(), bullets.length > 0 ? bulletLines(bullets) : '']
		.filter((part) => part !== '')
		.join('\n');
}

/**
 * The beginning of a job ad, cut at a paragraph or line break when one is near the limit, and
 * marked as shortened so the model does not read the cut as the ad's end.
 */
export function jobExcerpt(description: string, max: number): string {
	const text = description.trim();
	if (text.length <= max) return text;
	const head = text.slice(0, max);
	const paragraph = head.lastIndexOf('\n\n');
	const line = head.lastIndexOf('\n');
	const word = head.lastIndexOf(' ');
	const cut = paragraph >= max * 0.6 ? paragraph : line >= max * 0.6 ? line : word > 0 ? word : max;
	return `${head.slice(0, cut).trim()}\n[… rest of the ad shortened]`;
}

/** The optional job ad excerpt for role and project prompts: a fenced block, or nothing. */
export function jobAdBlock(description: string, max: number): string {
	if (max <= 0 || description.trim() === '') return '';
	return `\nAn excerpt of the job ad:\n<job_ad>\n${asData(jobExcerpt(description, max))}\n</job_ad>\n`;
}

/** An item's content as the model should see it again (the "earlier version" on regenerate). */
export function contentAsText(content: ItemContent): string {
	const parts: string[] = [];
	if (content.text.trim() !== '') parts.push(content.text.trim());
	if (content.bullets.length > 0) parts.push(bulletLines(content.bullets));
	return parts.join('\n');
}

/** Lines of "Label: value", skipping empty values. */
export function labelled(fields: ReadonlyArray<readonly [string, string]>): string {
	return fields
		.filter(([, value]) => value.trim() !== '')
		.map(([label, value]) => `${label}: ${value.trim()}`)
		.join('\n');
}

/**
 * What the person is good at, for the key qualifications: their talents text and then their
 * Skills list, one "- Python (Expert): PySpark, pandas" line each, so the model weighs both.
 */
export function talentsWithSkills(
	talents: string,
	skills: ReadonlyArray<Pick<Skill, 'name' | 'level' | 'keywords'>>
): string {
	const lines = skills
		.map((skill) => {
			const name = skill.name.trim();
			const label = name && skill.level.trim() ? `${name} (${skill.level.trim()})` : name;
			const keywords = skill.keywords.map((keyword) => keyword.trim()).filter(Boolean);
			return [label, keywords.join(', ')].filter((part) => part !== '').join(': ');
		})
		.filter((line) => line !== '');
	if (lines.length === 0) return talents;
	return [talents.trim(), `Skills:\n${bulletLines(lines)}`]
		.filter((part) => part !== '')
		.join('\n\n');
}
