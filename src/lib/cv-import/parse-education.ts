import { assignParts, type Assignment } from './assign-parts';
import { bodyText } from './body-text';
import { lineParts, type Part } from './entry-parts';
import type { FieldRecorder } from './field-recorder';
import { educationScore, hasDegreeWord } from './field-words';
import type { Education } from '$lib/domain/profile';
import type { SourceLine } from './source-lines';
import { listIndentOf, splitEntries, type EntryBlock } from './split-entries';

/**
 * Education entries: cut at their dates (a single year counts: "BSc Nursing, Leeds, 2015"),
 * the head read into degree, field of study, school and place.
 */
const FIELD_JOINER = /,\s+|\s+(?:in|en|em|im|w zakresie|de)\s+(?=\p{Lu})/u;

function degreeAndField(part: Part): { degree: Part; field: Part | null } {
	const match = FIELD_JOINER.exec(part.text);
	if (!match || !hasDegreeWord(part.text.slice(0, match.index)))
		return { degree: part, field: null };
	const fieldText = part.text.slice(match.index + match[0].length).trim();
	return {
		degree: { text: part.text.slice(0, match.index).trim(), line: part.line, index: part.index },
		field: {
			text: fieldText,
			line: part.line,
			index: part.index + part.text.indexOf(fieldText, match.index)
		}
	};
}

function undatedEntries(lines: SourceLine[]): EntryBlock[] {
	return lines
		.filter((line) => line.text.split(/\s+/).length <= 16)
		.map((line) => ({ head: [line], after: [], dateLine: null, range: null, body: [] }));
}

export function parseEducation(
	lines: SourceLine[],
	recorder: FieldRecorder,
	first: number
): Education[] {
	const dated = splitEntries(lines, true);
	const entries = dated.length > 0 ? dated : undatedEntries(lines);
	return entries.map((entry, number) => {
		const path = `education.${first + number}`;
		const parts = [
			...entry.head.flatMap((line) => lineParts(line)),
			...(entry.dateLine ? lineParts(entry.dateLine, entry.range) : []),
			...entry.after.flatMap((line) => lineParts(line))
		];
		const assigned: Assignment = assignParts(parts, educationScore, true);
		const education: Education = {
			id: `imported-education-${first + number + 1}`,
			institution: '',
			degree: '',
			field: '',
			location: '',
			start: entry.range?.start ?? '',
			end: entry.range && !entry.range.current ? entry.range.end : '',
			details: ''
		};
		recorder.readDates(path, entry.dateLine, entry.range, education);
		if (assigned.title) {
			const { degree, field } = degreeAndField(assigned.title);
			education.degree = recorder.read(`${path}.degree`, degree.text, degree.line, degree.index);
			if (field)
				education.field = recorder.read(`${path}.field`, field.text, field.line, field.index);
			if (assigned.unsureTitle) recorder.unsure(`${path}.degree`);
		}
		if (assigned.organization) {
			const { text, line, index } = assigned.organization;
			education.institution = recorder.read(`${path}.institution`, text, line, index);
			if (assigned.unsureOrganization) recorder.unsure(`${path}.institution`);
		}
		if (assigned.location) {
			const { text, line, index } = assigned.location;
			education.location = recorder.read(`${path}.location`, text, line, index);
		}
		const usedAfter = new Set(
			[assigned.title, assigned.organization, assigned.location].map((part) => part?.line)
		);
		const body = bodyText(
			[...entry.after.filter((line) => !usedAfter.has(line)), ...entry.body],
			listIndentOf(entry)
		);
		education.details = [...body.paragraphs, ...body.bullets]
			.map((piece) => recorder.readPiece(`${path}.details`, piece))
			.join('\n');
		return education;
	});
}
