import type { Profile } from '../src/lib/domain/profile';
import { formatMonth } from '../src/lib/export/format-period';
import type { ExpectedProfile } from './bench-import-score';
import { normalize } from './bench-import-score';

/**
 * What this app's export of a profile actually shows, for the benchmark's expectations on its
 * own exports: a value counts only when the export wrote it (an untailored export has no summary,
 * and a template may leave a section out), so a field the file never held is not a miss.
 */
function shows(markdown: string, value: string): boolean {
	return value !== '' && normalize(markdown).includes(normalize(value));
}

/** A list item (a skill, a language) as its own item: "Critical care" inside a headline is not one. */
function showsItem(markdown: string, value: string): boolean {
	if (value === '') return false;
	const escaped = normalize(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?:^|\\n|[-*·,:]\\s)${escaped}(?:$|\\n|\\s*[·,:(])`, 'u').test(
		markdown
			.split('\n')
			// A Markdown hard line break ends the line with a backslash.
			.map((line) => normalize(line.replace(/\\$/, '')))
			.join('\n')
	);
}

function showsDate(markdown: string, date: string): boolean {
	if (date === 'present') return markdown.includes('Present');
	return date !== '' && markdown.includes(formatMonth(date));
}

export function writtenProfile(profile: Profile, markdown: string): ExpectedProfile {
	const text = (value: string) => (shows(markdown, value) ? value : '');
	return {
		header: {
			name: text(profile.header.name),
			email: text(profile.header.email),
			phone: text(profile.header.phone),
			location: text(profile.header.location)
		},
		roles: profile.roles.map((role) => ({
			title: text(role.title),
			organization: text(role.organization),
			start: showsDate(markdown, role.start) ? role.start : '',
			end: role.current ? 'present' : showsDate(markdown, role.end) ? role.end : '',
			accomplishments: role.accomplishments.filter((item) => shows(markdown, item))
		})),
		education: profile.education
			.filter((entry) => shows(markdown, entry.institution))
			.map((entry) => ({
				institution: entry.institution,
				degree: [entry.degree, entry.field].filter(Boolean).join(' ')
			})),
		languages: profile.languages
			.map((entry) => entry.language)
			.filter((value) => showsItem(markdown, value)),
		skills: profile.skills
			.flatMap((skill) => [skill.name, ...skill.keywords])
			.filter((value) => showsItem(markdown, value))
	};
}

export function writtenFields(fields: [string, string][], markdown: string): [string, string][] {
	return fields.filter(([label, value]) => {
		if (/\.(start|end|date)$/.test(label)) return showsDate(markdown, value);
		if (/^(skills|languages)\./.test(label)) return showsItem(markdown, value);
		return shows(markdown, value);
	});
}
