import type { Part } from './entry-parts';
import { hasOrganizationWord, isKnownPlace, looksLikePlace } from './field-words';

/**
 * Decides which part of an entry's head is the title (or degree), which the employer (or
 * school) and which the place. Words decide first ("Nurse" is a title, "Hospital" an employer);
 * when they cannot, the order does (title first, as most CVs and this app's exports write it)
 * and the fields are marked unsure.
 */
/** Above 0: reads as a title (or degree); below 0: as an employer (or school). */
export type Classifier = (text: string) => number;

export interface Assignment {
	title: Part | null;
	organization: Part | null;
	location: Part | null;
	rest: Part[];
	unsureTitle: boolean;
	unsureOrganization: boolean;
}

/** One or two capitalised words: a town when nothing says otherwise. */
const TOWN = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u;

function slice(part: Part, from: number, to = part.text.length): Part {
	const raw = part.text.slice(from, to);
	const text = raw.trim();
	return { text, line: part.line, index: part.index + from + raw.indexOf(text) };
}

/**
 * Three or more capitalised words with no "upon", "de"… between them ("Kirkstall Dental Care")
 * name a business rather than a town, unless they are a known place.
 */
const isLongName = (text: string) =>
	/^\p{Lu}[\p{L}'’&.-]*(?:\s\p{Lu}[\p{L}'’&.-]*){2,}$/u.test(text) && !isKnownPlace(text);

/** "Helvetia Freight AG, Zürich, Switzerland" → the employer and the place. */
function splitPlace(part: Part): Part[] {
	let comma = part.text.indexOf(', ');
	while (comma > 0) {
		const before = part.text.slice(0, comma);
		// "Zürich, Switzerland" is one place; "Freelance, Remote" an employer and a place.
		if (isKnownPlace(before)) break;
		const after = part.text.slice(comma + 2);
		// "Dental Hygienist, Kirkstall Dental Care, Leeds": the place is the part after the name.
		const nameFirst = after.includes(', ') && isLongName(after.slice(0, after.indexOf(', ')));
		if (looksLikePlace(after) && !nameFirst) return [slice(part, 0, comma), slice(part, comma + 2)];
		comma = part.text.indexOf(', ', comma + 2);
	}
	// "Bradford Royal Infirmary, Bradford": an employer's name, then its town.
	const last = part.text.lastIndexOf(', ');
	const town = part.text.slice(last + 2);
	const name = part.text.slice(0, last);
	if (
		last > 0 &&
		/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(town) &&
		!hasOrganizationWord(town)
	) {
		const oneWord = !town.includes(' ') && name.includes(' ');
		if (hasOrganizationWord(name) || oneWord) return [slice(part, 0, last), slice(part, last + 2)];
	}
	return [part];
}

/**
 * "Staff Nurse, St Mary's Hospital" or "Nurse at St Mary's": two fields in one part. Split only
 * when the part is alone, or when no other part holds the title and one half reads as a title
 * against an employer ("Senior Staff Nurse, Intensive Care" stays one title).
 */
const ROLE_PAIR = /,\s|\s(at|@|bei|chez|en|em|w)\s(?=\p{Lu})|\s[-–—|]\s/u;
// "Grado en Farmacia", "Licenciatura em Direito": in a degree these words join its subject.
const DEGREE_PAIR = /,\s|\s(at|@|bei|chez)\s(?=\p{Lu})|\s[-–—|]\s/u;

function splitPair(
	degrees: boolean,
	part: Part,
	classifier: Classifier,
	alone: boolean,
	titleElsewhere: boolean,
	onlyTownsElsewhere: boolean
): Part[] {
	const match = (degrees ? DEGREE_PAIR : ROLE_PAIR).exec(part.text);
	if (!match) return [part];
	const pair = [slice(part, 0, match.index), slice(part, match.index + match[0].length)];
	if (alone) return pair;
	const [a, b] = pair.map((piece) => classifier(piece.text)) as [number, number];
	// "Szpital Uniwersytecki w Krakowie": a connecting word needs a title before it.
	if (match[1] && a <= 0) return [part];
	if (titleElsewhere) return [part];
	// "Store Manager, Greenway Supermarkets" beside a lone "Nottingham": a title, then the employer.
	if (onlyTownsElsewhere && a > 0 && b === 0) return pair;
	return (b < 0 && a > b) || (a < 0 && b > a) ? pair : [part];
}

/** `degrees`: the parts are an education entry's, where "en", "em", "w" join degree and subject. */
export function assignParts(parts: Part[], classifier: Classifier, degrees = false): Assignment {
	// A whole place on its own ("Daventry, England, United Kingdom") stays whole when the other
	// parts already hold a title and an employer.
	const others = (part: Part) =>
		parts.filter((other) => other !== part && !looksLikePlace(other.text));
	let pieces = parts.flatMap((part) =>
		looksLikePlace(part.text) && others(part).length >= 2 ? [part] : splitPlace(part)
	);
	const named = pieces.filter((part) => !looksLikePlace(part.text));
	pieces = pieces.flatMap((part) =>
		named.includes(part)
			? splitPair(
					degrees,
					part,
					classifier,
					named.length === 1,
					named.some((other) => other !== part && classifier(other.text) > 0),
					named.every(
						(other) => other === part || (TOWN.test(other.text) && classifier(other.text) === 0)
					)
				)
			: [part]
	);
	const places = pieces.filter((part) => looksLikePlace(part.text));
	const location = places.length > 0 && pieces.length > 1 ? places[places.length - 1]! : null;
	const open = pieces.filter((part) => part !== location);
	const scored = open.map((part) => ({ part, score: classifier(part.text) }));
	const byScore = [...scored].sort((x, y) => y.score - x.score);
	const highest = byScore[0];
	const lowest = byScore[byScore.length - 1];
	const distinct = highest && lowest && highest.score !== lowest.score;
	const title = highest && (highest.score > 0 || distinct) ? highest.part : null;
	// Among equals the first part is the employer: a town tends to come last.
	const rest = scored.filter((entry) => entry.part !== title);
	const lowestScore = Math.min(...rest.map((entry) => entry.score));
	const organizationEntry = rest.find((entry) => entry.score === lowestScore);
	const organization =
		organizationEntry && (organizationEntry.score < 0 || distinct) ? organizationEntry.part : null;
	const remaining = open.filter((part) => part !== title && part !== organization);
	const chosenTitle = title ?? remaining.shift() ?? null;
	const chosenOrganization = organization ?? remaining.shift() ?? null;
	const scoreOf = (part: Part | null) => scored.find((entry) => entry.part === part)?.score ?? 0;
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
		unsureTitle: chosenTitle !== null && scoreOf(chosenTitle) <= 0,
		unsureOrganization: chosenOrganization !== null && scoreOf(chosenOrganization) >= 0
	};
}
