import { assignParts } from './assign-parts';
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
export function parseRoles(lines: SourceLine[], recorder: FieldRecorder, first: number): Role[] {
	return splitEntries(lines).map((entry, number) => {
		const path = `roles.${first + number}`;
		const parts = [
			...entry.head.flatMap((line) => lineParts(line)),
			...(entry.dateLine ? lineParts(entry.dateLine, entry.range) : []),
			...entry.after.flatMap((line) => lineParts(line))
		];
		const assigned = assignParts(parts, roleScore);
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
		if (entry.dateLine) {
			recorder.read(
				`${path}.start`,
				entry.dateLine.text.slice(range.index, range.index + range.length),
				entry.dateLine,
				range.index
			);
		}
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
