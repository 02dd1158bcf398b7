import { isBullet } from './bullets';
import { findSingleDate } from './date-range';
import { lineParts } from './entry-parts';
import type { FieldRecorder } from './field-recorder';
import { findUrls } from './header-fields';
import type { Certification } from '$lib/domain/profile';
import type { SourceLine } from './source-lines';

/**
 * Certifications, one per line ("BLS Provider – Resuscitation Council UK, 2023"), or a name
 * line followed by an "issuer · date" line as this app's exports write them.
 */
export function parseCertifications(lines: SourceLine[], recorder: FieldRecorder): Certification[] {
	const certifications: Certification[] = [];
	for (let position = 0; position < lines.length; position += 1) {
		const line = lines[position]!;
		const next = lines[position + 1];
		const path = `certifications.${certifications.length}`;
		const certification: Certification = {
			id: `imported-certification-${certifications.length + 1}`,
			name: '',
			issuer: '',
			date: '',
			url: ''
		};
		let date = findSingleDate(line.text);
		let dateLine = line;
		const nameParts = lineParts(
			line,
			date ? { start: '', end: '', current: false, index: date.index, length: date.length } : null
		);
		let issuerParts = nameParts.slice(1);
		if (
			!date &&
			next &&
			!isBullet(next) &&
			findSingleDate(next.text) &&
			!findSingleDate(lines[position + 2]?.text ?? '')
		) {
			date = findSingleDate(next.text);
			dateLine = next;
			issuerParts = lineParts(next, {
				start: '',
				end: '',
				current: false,
				index: date!.index,
				length: date!.length
			});
			position += 1;
		}
		const [name] = nameParts;
		if (!name) continue;
		certification.name = recorder.read(`${path}.name`, name.text, name.line, name.index);
		const issuer = issuerParts.find((part) => findUrls(part.text).length === 0);
		if (issuer)
			certification.issuer = recorder.read(
				`${path}.issuer`,
				issuer.text,
				issuer.line,
				issuer.index
			);
		if (date) {
			certification.date = date.date;
			recorder.read(
				`${path}.date`,
				dateLine.text.slice(date.index, date.index + date.length),
				dateLine,
				date.index
			);
		}
		const url = findUrls(line.text)[0];
		if (url) certification.url = recorder.read(`${path}.url`, url.value, line, url.index);
		certifications.push(certification);
	}
	return certifications;
}
