import type { Part } from './entry-parts';
import {
	hasOrganizationWord as hasOrganizationWordIn,
	isKnownPlace,
	looksLikePlace
} from './field-words';

/**
 * Decides which part of an entry's head is the title (or degree), which the employer (or
 * school) and which the place. Words decide first ("Nurse" is a title, "Hospital" an employer);
 * when they cannot, the order does (title first, as most CVs and this app's exports write it)
 * and the fields are marked unsure.
 */
export interface Classifier {
	isTitle: (text: string) => boolean;
	isOrganization: (text: string) => boolean;
}

export interface Assignment {
	title: Part | null;
	organization: Part | null;
	location: Part | null;
	rest: Part[];
	unsureTitle: boolean;
	unsureOrganization: boolean;
}

function slice(part: Part, from: number, to = part.text.length): Part {
	const text = part.text.slice(from, to).trim();
	return { text, line: part.line, index: part.index + part.text.indexOf(text, from) };
}

/** "Helvetia Freight AG, Zürich, Switzerland" → the employer and the place. */
function splitPlace(part: Part): Part[] {
	let comma = part.text.indexOf(', ');
	while (comma > 0) {
		const before = part.text.slice(0, comma);
		// "Zürich, Switzerland" is one place; "Freelance, Remote" an employer and a place.
		if (isKnownPlace(before) && !hasOrganizationWordIn(before)) break;
		if (looksLikePlace(part.text.slice(comma + 2)))
			return [slice(part, 0, comma), slice(part, comma + 2)];
		comma = part.text.indexOf(', ', comma + 2);
	}
	// "Bradford Royal Infirmary, Bradford": a name of several words, then a town.
	const last = part.text.lastIndexOf(', ');
	const town = part.text.slice(last + 2);
	const name = part.text.slice(0, last);
	const townLike = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(town);
	if (last > 0 && townLike && name.includes(' ') && !isKnownPlace(name))
		return [slice(part, 0, last), slice(part, last + 2)];
	return [part];
}

/** "Staff Nurse, St Mary's Hospital" or "Nurse at St Mary's": two fields on one line. */
function splitPair(part: Part): Part[] {
	const match = /,\s|\s(?:at|@|bei|chez|en|em|w)\s(?=\p{Lu})/u.exec(part.text);
	if (!match) return [part];
	return [slice(part, 0, match.index), slice(part, match.index + match[0].length)];
}

export function assignParts(parts: Part[], classifier: Classifier): Assignment {
	let pieces = parts.flatMap(splitPlace);
	if (pieces.filter((part) => !looksLikePlace(part.text)).length === 1) {
		const single = pieces.find((part) => !looksLikePlace(part.text))!;
		const pair = splitPair(single);
		pieces = pieces.flatMap((part) => (part === single ? pair : [part]));
	}
	const places = pieces.filter((part) => looksLikePlace(part.text));
	// A lone part is never a place when there is nothing else: "Remote" alone is a place though.
	const location = places.length > 0 && pieces.length > 1 ? places[places.length - 1]! : null;
	const open = pieces.filter((part) => part !== location);
	const title =
		open.find((part) => classifier.isTitle(part.text) && !classifier.isOrganization(part.text)) ??
		null;
	const organization =
		open.find(
			(part) =>
				part !== title && classifier.isOrganization(part.text) && !classifier.isTitle(part.text)
		) ?? null;
	const remaining = open.filter((part) => part !== title && part !== organization);
	const chosenTitle = title ?? (organization ? remaining.shift() : remaining.shift()) ?? null;
	const chosenOrganization = organization ?? remaining.shift() ?? null;
	return {
		title: chosenTitle,
		organization: chosenOrganization,
		location,
		rest: remaining,
		unsureTitle: chosenTitle !== null && title === null,
		unsureOrganization: chosenOrganization !== null && organization === null
	};
}
