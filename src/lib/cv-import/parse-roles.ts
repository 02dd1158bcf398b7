import { assignParts, type Assignment } from './assign-parts';
import { bodyText } from './body-text';
import { lineParts } from './entry-parts';
import type { FieldRecorder } from './field-recorder';
import { roleScore } from './field-words';
import type { Role } from '$lib/domain/profile';
import type { SourceLine } from './source-lines';
import { listIndentOf, splitEntries } from './split-entries';

/**
 * Roles from an experience section: one per date range, its head read into title, employer
 * and place, its text into the description (paragraphs) and accomplishments (list items).
 */
/** Title and employer read from one line, and whether the employer is written first. */
function employerFirst(assigned: Assignment): boolean | null {
	const { title, organization } = assigned;
	if (!title || !organization || title.line !== organization.line) return null;
	return organization.index < title.index;
}

/**
 * A CV writes every role's head the same way: when the words could not tell title from
 * employer ("Asda Distribution | Warehouse Operative"), the order the other roles of the section
 * were read in decides ("Wincanton | Class 1 HGV Driver" puts the employer first).
 */
function inSectionOrder(all: Assignment[]): Assignment[] {
	const decided = all
		.filter((assigned) => !assigned.unsureTitle || !assigned.unsureOrganization)
		.map(employerFirst)
		.filter((order) => order !== null);
	const employerFirstCount = decided.filter(Boolean).length;
	if (employerFirstCount * 2 <= decided.length) return all;
	return all.map((assigned) =>
		assigned.unsureTitle && assigned.unsureOrganization && employerFirst(assigned) === false
			? { ...assigned, title: assigned.organization, organization: assigned.title }
			: assigned
	);
}

export function parseRoles(lines: SourceLine[], recorder: FieldRecorder, first: number): Role[] {
	const entries = splitEntries(lines);
	const assignments = inSectionOrder(
		entries.map((entry) =>
			assignParts(
				[
					...entry.head.flatMap((line) => lineParts(line)),
					...(entry.dateLine ? lineParts(entry.dateLine, entry.range) : []),
					...entry.after.flatMap((line) => lineParts(line))
				],
				roleScore
			)
		)
	);
	return entries.map((entry, number) => {
		const path = `roles.${first + number}`;
		const assigned = assignments[number]!;
		const range = entry.range!;
		const role: Role = {
			id: `imported-role-${first + number + 1}`,
			title: '',
			organization: '',
			location: '',
			start: range.start,
			end: range.current ? '' : range.end,
			current: range.current,
			description: '',
			accomplishments: []
		};
		if (assigned.title)
			role.title = recorder.read(
				`${path}.title`,
				assigned.title.text,
				assigned.title.line,
				assigned.title.index
			);
		if (assigned.organization)
			role.organization = recorder.read(
				`${path}.organization`,
				assigned.organization.text,
				assigned.organization.line,
				assigned.organization.index
			);
		if (assigned.location)
			role.location = recorder.read(
				`${path}.location`,
				assigned.location.text,
				assigned.location.line,
				assigned.location.index
			);
		if (assigned.unsureTitle) recorder.unsure(`${path}.title`);
		if (assigned.unsureOrganization) recorder.unsure(`${path}.organization`);
		recorder.readDates(path, entry.dateLine, range, role);
		const usedAfter = new Set(
			[assigned.title, assigned.organization, assigned.location].map((part) => part?.line)
		);
		const body = bodyText(
			[...entry.after.filter((line) => !usedAfter.has(line)), ...entry.body],
			listIndentOf(entry)
		);
		role.description = body.paragraphs
			.map((piece) => recorder.readPiece(`${path}.description`, piece))
			.join('\n');
		role.accomplishments = body.bullets.map((piece, index) =>
			recorder.readPiece(`${path}.accomplishments.${index}`, piece)
		);
		return role;
	});
}
