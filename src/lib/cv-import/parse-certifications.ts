import { isBullet } from './bullets';
import { findSingleDate } from './date-range';
import { lineParts } from './entry-parts';
import type { FieldRecorder } from './field-recorder';
import { findUrls } from './header-fields';
import type { Certification } from '$lib/domain/profile';
import type { SourceLine } from './source-lines';

/**
 * Certifications: one per line or list item ("BLS Provider, Resuscitation Council UK, 2023"),
 * where a short unmarked line right under a dated one is its issuer ("ALS · Mar 2023" then
 * "Resuscitation Council UK", as this app's exports write them).
 */
function certificationOf(line: SourceLine, recorder: FieldRecorder, number: number): Certification {
	const path = `certifications.${number}`;
	const date = findSingleDate(line.text);
	const range = date
		? { start: '', end: '', current: false, index: date.index, length: date.length }
		: null;
	const parts = lineParts(line, range, true).filter((part) => findUrls(part.text).length === 0);
	const certification: Certification = {
		id: `imported-certification-${number + 1}`,
		name: '',
		issuer: '',
		date: date?.date ?? '',
		url: ''
	};
	const [name, issuer] = parts;
	if (name) certification.name = recorder.read(`${path}.name`, name.text, line, name.index);
	if (issuer)
		certification.issuer = recorder.read(`${path}.issuer`, issuer.text, line, issuer.index);
	if (date)
		recorder.read(
			`${path}.date`,
			line.text.slice(date.index, date.index + date.length),
			line,
			date.index
		);
	const url = findUrls(line.text)[0];
	if (url) certification.url = recorder.read(`${path}.url`, url.value, line, url.index);
	return certification;
}

export function parseCertifications(
	lines: SourceLine[],
	recorder: FieldRecorder,
	first = 0
): Certification[] {
	const certifications: Certification[] = [];
	let previous: SourceLine | null = null;
	for (const line of lines) {
		const last = certifications[certifications.length - 1];
		const issuerLine =
			last &&
			previous &&
			!last.issuer &&
			last.date &&
			!isBullet(line) &&
			!findSingleDate(line.text);
		if (issuerLine && line.text.split(/\s+/).length <= 8) {
			const number = first + certifications.length - 1;
			last.issuer = recorder.read(`certifications.${number}.issuer`, line.text, line, 0);
		} else certifications.push(certificationOf(line, recorder, first + certifications.length));
		previous = line;
	}
	return certifications;
}
