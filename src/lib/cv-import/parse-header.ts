import { isBullet } from './bullets';
import { findDateRange } from './date-range';
import type { FieldRecorder } from './field-recorder';
import { looksLikePlace } from './field-words';
import { contactParts, findEmail, findPhone, findUrls, withoutLabel } from './header-fields';
import type { Header } from '$lib/domain/profile';
import type { SourceLine } from './source-lines';

/**
 * The header: name, headline, e-mail, phone, place and links, read from the lines before the
 * first heading and from a "Contact" section (a sidebar often holds it).
 */
function isContact(text: string): boolean {
	return findEmail(text) !== null || findPhone(text) !== null || findUrls(text).length > 0;
}

function looksLikeName(line: SourceLine): boolean {
	const text = line.text.split(/\t|\s[|·•–—]\s/)[0]!.trim();
	const words = text.split(/\s+/);
	return (
		words.length >= 2 &&
		words.length <= 5 &&
		/^[\p{L}][\p{L}.'’ -]+$/u.test(text) &&
		!isBullet(line) &&
		!/^(?:curriculum vitae|lebenslauf|resume|résumé|cv)$/iu.test(text) &&
		!looksLikePlace(text)
	);
}

export function parseHeader(headerLines: SourceLine[], recorder: FieldRecorder): Header {
	const header: Header = { name: '', headline: '', email: '', phone: '', location: '', links: [] };
	const top = headerLines.slice(0, 8);
	const candidates = top.filter(looksLikeName);
	const largest = Math.max(0, ...candidates.map((line) => line.size));
	const nameLine = candidates.find((line) => line.size === largest) ?? candidates[0];
	if (nameLine) {
		const name = nameLine.text.split(/\t|\s[|·•–—]\s/)[0]!.trim();
		header.name = recorder.read('header.name', name, nameLine);
		if (nameLine.size === 0 && nameLine.index > 1) recorder.unsure('header.name');
	}
	for (const line of headerLines) {
		for (const part of contactParts(line.text)) {
			const { text, offset } = withoutLabel(part.text);
			const at = part.index + offset;
			const email = findEmail(text);
			if (email) {
				if (!header.email)
					header.email = recorder.read('header.email', email.value, line, at + email.index);
				continue;
			}
			const urls = findUrls(text);
			if (urls.length > 0) {
				for (const url of urls) {
					const path = `header.links.${header.links.length}`;
					header.links.push({
						label: '',
						url: recorder.read(`${path}.url`, url.value, line, at + url.index)
					});
				}
				continue;
			}
			const phone = findPhone(text);
			if (phone) {
				if (!header.phone)
					header.phone = recorder.read('header.phone', phone.value, line, at + phone.index);
				continue;
			}
			if (!header.location && line !== nameLine && looksLikePlace(text) && !findDateRange(text)) {
				header.location = recorder.read('header.location', text.replace(/[.,;]$/, ''), line, at);
			}
		}
	}
	const afterName = nameLine ? headerLines.slice(headerLines.indexOf(nameLine) + 1) : [];
	const headline = afterName.find(
		(line) => !isContact(line.text) && !line.text.includes(header.location || '\u0000')
	);
	const nameParts = nameLine ? contactParts(nameLine.text) : [];
	if (
		nameParts.length > 1 &&
		!isContact(nameParts[1]!.text) &&
		!looksLikePlace(nameParts[1]!.text)
	) {
		header.headline = recorder.read(
			'header.headline',
			nameParts[1]!.text,
			nameLine!,
			nameParts[1]!.index
		);
	} else if (
		headline &&
		headline.text.split(/\s+/).length <= 12 &&
		!isBullet(headline) &&
		headline.index <= (nameLine?.index ?? 0) + 2
	) {
		const first = contactParts(headline.text)[0]!;
		header.headline = recorder.read('header.headline', first.text, headline, first.index);
	}
	return header;
}
