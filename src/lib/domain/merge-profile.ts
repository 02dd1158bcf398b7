/**
 * What accepting an imported CV does to a profile: replace it, or add to it only the roles and
 * entries it does not have yet (an entry is "the same" when its identifying fields match after
 * ignoring case, spacing and punctuation). Pure: the session applies the result as one undoable
 * edit, so nothing changes until the person accepts and Undo brings the old profile back.
 */
import { LIMITS } from './limits';
import { newId } from './ids';
import type { Header, Profile } from './profile';

export type ImportMode = 'replace' | 'add';

export type ListName =
	'roles' | 'projects' | 'education' | 'certifications' | 'languages' | 'skills';

export interface MergeOutcome {
	profile: Profile;
	/** How many entries of each list were added (all of them when replacing). */
	added: Record<ListName, number>;
	/** Entries left out because the profile already had them. */
	alreadyThere: number;
	/** Entries left out because the list was full. */
	overLimit: number;
}

/** How many entries each profile list may hold (the profile schema's limits). */
export const LIST_LIMITS: Record<ListName, number> = {
	roles: LIMITS.roles,
	projects: LIMITS.projects,
	education: LIMITS.entriesPerStaticSection,
	certifications: LIMITS.entriesPerStaticSection,
	languages: LIMITS.entriesPerStaticSection,
	skills: LIMITS.skills
};

/** "ACME GmbH." and "acme  gmbh" are the same organisation; "" matches nothing. */
export function sameText(a: string, b: string): boolean {
	return matchKey(a) !== '' && matchKey(a) === matchKey(b);
}

function matchKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The fields that make two entries of a list the same entry. */
const IDENTITY: { [List in ListName]: (entry: Profile[List][number]) => string[] } = {
	roles: (role) => [role.organization, role.title, role.start],
	projects: (project) => [project.name],
	education: (entry) => [entry.institution, entry.degree],
	certifications: (entry) => [entry.name],
	languages: (entry) => [entry.language],
	skills: (skill) => [skill.name]
};

function sameEntry(list: ListName, a: Profile[ListName][number], b: Profile[ListName][number]) {
	const identify = IDENTITY[list] as (entry: Profile[ListName][number]) => string[];
	const left = identify(a).map(matchKey);
	const right = identify(b).map(matchKey);
	// An entry with no identifying text at all is never "already there": it is kept for review.
	return left.some((part) => part !== '') && left.every((part, index) => part === right[index]);
}

function mergeHeader(current: Header, imported: Header): Header {
	const pick = (mine: string, theirs: string) => (mine.trim() !== '' ? mine : theirs);
	const links = [...current.links];
	for (const link of imported.links) {
		if (links.length >= LIMITS.links) break;
		if (!links.some((known) => sameText(known.url, link.url))) links.push(link);
	}
	return {
		name: pick(current.name, imported.name),
		headline: pick(current.headline, imported.headline),
		email: pick(current.email, imported.email),
		phone: pick(current.phone, imported.phone),
		location: pick(current.location, imported.location),
		links
	};
}

export function mergeImportedProfile(
	current: Profile,
	imported: Profile,
	mode: ImportMode,
	makeId: () => string = newId
): MergeOutcome {
	const lists: ListName[] = [
		'roles',
		'projects',
		'education',
		'certifications',
		'languages',
		'skills'
	];
	if (mode === 'replace') {
		const added = Object.fromEntries(
			lists.map((list) => [list, imported[list].length])
		) as MergeOutcome['added'];
		return { profile: structuredClone(imported), added, alreadyThere: 0, overLimit: 0 };
	}
	const profile = structuredClone(current);
	profile.header = mergeHeader(current.header, imported.header);
	if (profile.talents.trim() === '') profile.talents = imported.talents;
	const outcome: MergeOutcome = {
		profile,
		added: { roles: 0, projects: 0, education: 0, certifications: 0, languages: 0, skills: 0 },
		alreadyThere: 0,
		overLimit: 0
	};
	for (const list of lists) {
		const target = profile[list] as Profile[ListName][number][];
		for (const entry of imported[list] as Profile[ListName][number][]) {
			if (target.some((known) => sameEntry(list, known, entry))) outcome.alreadyThere++;
			else if (target.length >= LIST_LIMITS[list]) outcome.overLimit++;
			else {
				// Imported ids are fresh, but a file imported twice must not clash with itself.
				const id = target.some((known) => known.id === entry.id) ? makeId() : entry.id;
				target.push({ ...structuredClone(entry), id });
				outcome.added[list]++;
			}
		}
	}
	return outcome;
}

const LIST_WORDS: Record<ListName, [string, string]> = {
	roles: ['role', 'roles'],
	projects: ['project', 'projects'],
	education: ['education entry', 'education entries'],
	certifications: ['certification', 'certifications'],
	languages: ['language', 'languages'],
	skills: ['skill', 'skills']
};

/** "Added 2 roles and 1 skill; 3 entries were already in your profile." */
export function describeMerge(outcome: MergeOutcome): string {
	const parts = (Object.entries(outcome.added) as [ListName, number][])
		.filter(([, count]) => count > 0)
		.map(([list, count]) => `${count} ${LIST_WORDS[list][count === 1 ? 0 : 1]}`);
	const added =
		parts.length === 0
			? 'No new entries were added'
			: `Added ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
	const notes = [
		outcome.alreadyThere > 0
			? `${outcome.alreadyThere} ${outcome.alreadyThere === 1 ? 'entry was' : 'entries were'} already in your profile`
			: '',
		outcome.overLimit > 0 ? `${outcome.overLimit} did not fit (the list is full)` : ''
	].filter(Boolean);
	return `${added}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`;
}
