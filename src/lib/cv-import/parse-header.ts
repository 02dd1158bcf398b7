import { isBullet } from './bullets';
import { findDateRange } from './date-range';
import type { FieldRecorder } from './field-recorder';
import { hasOrganizationWord, hasTitleWord, looksLikePlace } from './field-words';
import {
	contactParts,
	findEmail,
	findPhone,
	findUrls,
	trailingCountryCode,
	withoutLabel
} from './header-fields';
import { linkNetwork } from '$lib/domain/link-network';
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
	/** A number at the start of a line takes the country code the line before ended with. */
	const readPhone = (
		phone: { value: string; index: number },
		at: number,
		line: SourceLine,
		previous: SourceLine | undefined
	): string => {
		const start = at + phone.index;
		const code =
			start === 0 && !/^(?:\+|00)/.test(phone.value) && previous
				? trailingCountryCode(previous.text)
				: null;
		if (!code) return recorder.read('header.phone', phone.value, line, start);
		recorder.read('header.phone', code.value, previous!, code.index);
		recorder.read('header.phone', phone.value, line, start);
		return `${code.value} ${phone.value}`;
	};
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
	headerLines.forEach((line, lineNumber) => {
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
					// The address names the network ("linkedin.com/in/…" is LinkedIn), read where
					// the address is; a personal site has none.
					const network = linkNetwork(url.value)?.network;
					if (network) recorder.read(`${path}.label`, url.value, line, at + url.index);
					header.links.push({
						label: network ?? '',
						url: recorder.read(`${path}.url`, url.value, line, at + url.index)
					});
				}
				continue;
			}
			const phone = findPhone(text);
			if (phone) {
				if (!header.phone) header.phone = readPhone(phone, at, line, headerLines[lineNumber - 1]);
				continue;
			}
			if (!header.location && line !== nameLine && looksLikePlace(text) && !findDateRange(text)) {
				header.location = recorder.read('header.location', text.replace(/[.,;]$/, ''), line, at);
			}
		}
	});
	if (!header.location) {
		const place = townBesideContacts(headerLines);
		if (place)
			header.location = recorder.read('header.location', place.text, place.line, place.index);
	}
	const headline = nameLine ? headlineNear(nameLine, headerLines, header.location) : null;
	if (headline) header.headline = recorder.read('header.headline', headline.text, ...headline.at);
	return header;
}

/** "Wakefield, West Yorkshire": short capitalised names, one to three words each, comma-joined. */
const TOWN_AND_REGION =
	/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:,\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}){1,2}$/u;

/**
 * A town no list knows, with its region or country, is the place when it stands between the
 * e-mail and the phone on a contact line (a title or an employer would have their words).
 */
function townBesideContacts(
	headerLines: SourceLine[]
): { text: string; line: SourceLine; index: number } | null {
	for (const line of headerLines) {
		const parts = contactParts(line.text);
		if (!parts.some((part) => isContact(part.text))) continue;
		const town = parts.find(
			(part) =>
				TOWN_AND_REGION.test(part.text) &&
				!hasTitleWord(part.text) &&
				!hasOrganizationWord(part.text)
		);
		if (town) return { text: town.text, line, index: town.index };
	}
	return null;
}

/**
 * The headline: what follows the name on its line ("Jane Doe | Staff Nurse"), or the first part
 * of one of the next two lines when it is neither a contact detail nor the place
 * ("Registered Dental Hygienist · Leeds, UK · +44 …").
 */
function headlineNear(
	nameLine: SourceLine,
	headerLines: SourceLine[],
	location: string
): { text: string; at: [SourceLine, number] } | null {
	const isHeadline = (text: string) =>
		!isContact(text) &&
		!looksLikePlace(text) &&
		text !== location &&
		text.split(/\s+/).length <= 12;
	const onNameLine = contactParts(nameLine.text)[1];
	if (onNameLine)
		return isHeadline(onNameLine.text)
			? { text: onNameLine.text, at: [nameLine, onNameLine.index] }
			: null;
	const next = headerLines.filter(
		(line) => line.index > nameLine.index && line.index <= nameLine.index + 2 && !isBullet(line)
	);
	for (const line of next) {
		const first = contactParts(line.text)[0];
		if (first && isHeadline(first.text)) return { text: first.text, at: [line, first.index] };
	}
	return null;
}
