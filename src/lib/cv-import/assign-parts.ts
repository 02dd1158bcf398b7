import type { Part } from './entry-parts';
import { hasOrganizationWord, isKnownPlace, looksLikePlace } from './field-words';

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
	const raw = part.text.slice(from, to);
	const text = raw.trim();
	return { text, line: part.line, index: part.index + from + raw.indexOf(text) };
}

/** "Helvetia Freight AG, Zürich, Switzerland" → the employer and the place. */
function splitPlace(part: Part): Part[] {
	let comma = part.text.indexOf(', ');
	while (comma > 0) {
		const before = part.text.slice(0, comma);
		// "Zürich, Switzerland" is one place; "Freelance, Remote" an employer and a place.
		if (isKnownPlace(before)) break;
		if (looksLikePlace(part.text.slice(comma + 2)))
			return [slice(part, 0, comma), slice(part, comma + 2)];
		comma = part.text.indexOf(', ', comma + 2);
	}
	// "Bradford Royal Infirmary, Bradford": an employer's name, then its town.
	const last = part.text.lastIndexOf(', ');
	const town = part.text.slice(last + 2);
	if (last > 0 && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(town)) {
		if (hasOrganizationWord(part.text.slice(0, last)) && !hasOrganizationWord(town))
			return [slice(part, 0, last), slice(part, last + 2)];
	}
	return [part];
}

/** "Staff Nurse, St Mary's Hospital" or "Nurse at St Mary's": two fields in one part. */
function splitPair(part: Part, classifier: Classifier, alone: boolean): Part[] {
	const match = /,\s|\s(?:at|@|bei|chez|en|em|w)\s(?=\p{Lu})|\s[-–—|]\s/u.exec(part.text);
	if (!match) return [part];
	const pair = [slice(part, 0, match.index), slice(part, match.index + match[0].length)];
	const [first, second] = pair.map((piece) => piece.text);
	const titleThenOrganization = classifier.isTitle(first!) && classifier.isOrganization(second!);
	const organizationThenTitle = classifier.isOrganization(first!) && classifier.isTitle(second!);
	return alone || titleThenOrganization || organizationThenTitle ? pair : [part];
}

export function assignParts(parts: Part[], classifier: Classifier): Assignment {
	let pieces = parts.flatMap(splitPlace);
	const named = pieces.filter((part) => !looksLikePlace(part.text));
	pieces = pieces.flatMap((part) =>
		named.includes(part) ? splitPair(part, classifier, named.length === 1) : [part]
	);
	const places = pieces.filter((part) => looksLikePlace(part.text));
	const location = places.length > 0 && pieces.length > 1 ? places[places.length - 1]! : null;
	const open = pieces.filter((part) => part !== location);
	const isTitle = (part: Part) =>
		classifier.isTitle(part.text) && !classifier.isOrganization(part.text);
	const isOrganization = (part: Part) =>
		classifier.isOrganization(part.text) && !classifier.isTitle(part.text);
	const title = open.find(isTitle) ?? null;
	const organization = open.find((part) => part !== title && isOrganization(part)) ?? null;
	const remaining = open.filter((part) => part !== title && part !== organization);
	const chosenTitle = title ?? remaining.shift() ?? null;
	const chosenOrganization = organization ?? remaining.shift() ?? null;
	// A short name left over after title and employer is most likely the town ("Bath").
	const town =
		!location && chosenTitle && chosenOrganization
			? remaining.find((part) => /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(part.text))
			: undefined;
	return {
		title: chosenTitle,
		organization: chosenOrganization,
		location: location ?? town ?? null,
		rest: remaining.filter((part) => part !== town),
		unsureTitle: chosenTitle !== null && title === null,
		unsureOrganization: chosenOrganization !== null && organization === null
	};
}
