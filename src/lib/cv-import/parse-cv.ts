import { bodyText } from './body-text';
import type { CvImportResult } from './cv-import-result';
import type { CvLine } from './cv-line';
import { REFUSALS } from './cv-read-error';
import { FieldRecorder } from './field-recorder';
import { fitToLimits } from './fit-to-limits';
import { fluencyNear } from './language-fluency';
import { emptyProfile, type Language, type Profile } from '$lib/domain/profile';
import { parseCertifications } from './parse-certifications';
import { parseEducation } from './parse-education';
import { parseHeader } from './parse-header';
import { parseLanguages, parseSkills } from './parse-lists';
import { parseProjects } from './parse-projects';
import { parseRoles } from './parse-roles';
import { toSourceText, type SourceLine } from './source-lines';
import { splitSections } from './split-sections';

/**
 * A language listed without a grade takes the one the CV gives beside its name elsewhere
 * ("Fluent in Norwegian and English, working German" in the profile), capitalised as a grade
 * stands alone ("working" → "Working"); one the CV does not grade stays without.
 */
function addFluencies(languages: Language[], lines: SourceLine[], recorder: FieldRecorder): void {
	languages.forEach((language, index) => {
		if (language.fluency || !language.language) return;
		const found = fluencyNear(language.language, lines);
		if (!found) return;
		recorder.read(`languages.${index}.fluency`, found.text, found.line, found.index);
		language.fluency = found.text.charAt(0).toLocaleUpperCase() + found.text.slice(1);
	});
}

/**
 * The deterministic parser: lines in reading order → a profile, with where each field was read
 * and which ones are unsure. Pure and offline. Every value is a stretch of the document's text
 * (dates are rewritten, to "YYYY-MM" or "YYYY", and a link's network is named from its
 * address); nothing is made up to fill a gap.
 */
export function parseCvLines(
	cvLines: CvLine[],
	source: 'pdf' | 'docx' | 'text',
	pages: number
): CvImportResult {
	const { text, lines } = toSourceText(cvLines);
	if (text.trim() === '') return { ok: false, message: REFUSALS.empty };
	const recorder = new FieldRecorder();
	const sections = splitSections(lines);
	const profile: Profile = emptyProfile();
	const headerLines = sections
		.filter((section) => section.kind === 'header' || section.kind === 'contact')
		.flatMap((section) => section.lines);
	profile.header = parseHeader(headerLines, recorder);
	const summaries: string[] = [];
	for (const section of sections) {
		switch (section.kind) {
			case 'summary': {
				const body = bodyText(section.lines);
				for (const piece of [...body.paragraphs, ...body.bullets])
					summaries.push(recorder.readPiece('talents', piece));
				break;
			}
			case 'experience':
				profile.roles.push(...parseRoles(section.lines, recorder, profile.roles.length));
				break;
			case 'education':
				profile.education.push(
					...parseEducation(section.lines, recorder, profile.education.length)
				);
				break;
			case 'projects':
				profile.projects.push(...parseProjects(section.lines, recorder));
				break;
			case 'certifications':
				profile.certifications.push(
					...parseCertifications(section.lines, recorder, profile.certifications.length)
				);
				break;
			default:
				break;
		}
	}
	// Languages sections first: a skills list that repeats a language adds nothing.
	for (const section of sections)
		if (section.kind === 'languages') parseLanguages(section.lines, recorder, profile.languages);
	for (const section of sections)
		if (section.kind === 'skills')
			parseSkills(section.lines, recorder, profile.skills, profile.languages);
	addFluencies(profile.languages, lines, recorder);
	profile.talents = summaries.join('\n');
	const found =
		profile.roles.length +
		profile.education.length +
		profile.skills.length +
		profile.languages.length +
		profile.certifications.length +
		profile.projects.length;
	if (found === 0) return { ok: false, message: REFUSALS.notCv };
	const fitted = fitToLimits(profile);
	const notes: string[] = [...fitted.notes];
	for (const field of fitted.unsure) recorder.unsure(field);
	const ignored = sections.filter((section) => section.kind === 'other' && section.heading);
	if (ignored.length > 0)
		notes.push(
			`Not imported (no place for it in the profile): ${ignored.map((section) => section.heading!.text).join(', ')}.`
		);
	return {
		ok: true,
		text,
		source,
		pages,
		profile: fitted.profile,
		uncertain: [...recorder.uncertain],
		spans: recorder.spans,
		origins: Object.fromEntries(recorder.spans.map((span) => [span.field, 'parser' as const])),
		dropped: [],
		notes
	};
}
