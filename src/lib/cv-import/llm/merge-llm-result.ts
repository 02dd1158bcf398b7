/**
 * Merges the verified LLM answer into the parser's result, field by field: the parser's value
 * stays unless it is empty or the parser was unsure of it; the LLM fills the rest. LLM entries
 * that match a parsed one (two of organisation, title and start, or the entry's name) fill its
 * gaps; the others are added after the parsed ones. `origins` records where each value came from.
 */
import { LIST_LIMITS, sameText, type ListName } from '$lib/domain/merge-profile';
import { LIMITS, type Profile } from '$lib/domain';
import type {
	CvImportSuccess,
	FieldOrigin,
	ProfileFieldPath,
	SourceSpan
} from '../cv-import-result';
import type { VerifiedAnswer } from './verify-answer';

type Entry = Record<string, unknown> & { id: string };

const LISTS = Object.keys(LIST_LIMITS) as ListName[];

/** How many identifying fields two entries share; entries match at the list's threshold. */
const MATCH: Record<ListName, { fields: string[]; needed: number }> = {
	roles: { fields: ['organization', 'title', 'start'], needed: 2 },
	projects: { fields: ['name'], needed: 1 },
	education: { fields: ['institution', 'degree'], needed: 1 },
	certifications: { fields: ['name'], needed: 1 },
	languages: { fields: ['language'], needed: 1 },
	skills: { fields: ['name'], needed: 1 }
};

function matches(list: ListName, a: Entry, b: Entry): boolean {
	const { fields, needed } = MATCH[list];
	const shared = fields.filter((field) => sameText(String(a[field] ?? ''), String(b[field] ?? '')));
	return shared.length >= needed;
}

function isEmpty(value: unknown): boolean {
	return value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/** Every filled field of a profile, as paths ("roles.0.title", "roles.0.accomplishments"). */
export function filledPaths(profile: Profile): ProfileFieldPath[] {
	const paths: ProfileFieldPath[] = [];
	const visit = (value: unknown, path: string) => {
		if (Array.isArray(value) && value.some((item) => typeof item === 'object')) {
			value.forEach((item, index) => visit(item, `${path}.${index}`));
		} else if (typeof value === 'object' && value !== null) {
			for (const [key, child] of Object.entries(value))
				if (key !== 'id') visit(child, path === '' ? key : `${path}.${key}`);
		} else if (!isEmpty(value)) paths.push(path);
	};
	visit(profile, '');
	return paths;
}

class Merger {
	readonly origins: Record<ProfileFieldPath, FieldOrigin> = {};
	readonly spans: SourceSpan[] = [];
	readonly uncertain: Set<ProfileFieldPath>;

	constructor(
		private readonly base: CvImportSuccess,
		private readonly llm: VerifiedAnswer
	) {
		this.uncertain = new Set(base.uncertain);
		for (const path of filledPaths(base.profile)) this.origins[path] = 'parser';
	}

	/** Whether the LLM's value at `from` replaces the parser's at `to`; records it if so. */
	takes(to: string, from: string, mine: unknown, theirs: unknown): boolean {
		if (isEmpty(theirs)) return false;
		if (!isEmpty(mine) && !this.uncertain.has(to)) return false;
		this.uncertain.delete(to);
		this.origins[to] = 'llm';
		for (const span of this.llm.spans) {
			if (span.field === from || span.field.startsWith(`${from}.`))
				this.spans.push({ ...span, field: to + span.field.slice(from.length) });
		}
		return true;
	}

	fillEntry(target: Entry, source: Entry, to: string, from: string): void {
		for (const [key, value] of Object.entries(source)) {
			if (key === 'id') continue;
			if (key === 'current') {
				if (value === true && target.current !== true && target.end === '')
					if (this.takes(`${to}.current`, `${from}.current`, false, true)) target.current = true;
				continue;
			}
			if (this.takes(`${to}.${key}`, `${from}.${key}`, target[key], value)) target[key] = value;
		}
	}
}

export function mergeLlmResult(base: CvImportSuccess, llm: VerifiedAnswer): CvImportSuccess {
	const merger = new Merger(base, llm);
	const profile = structuredClone(base.profile);
	for (const key of ['name', 'headline', 'email', 'phone', 'location'] as const) {
		const path = `header.${key}`;
		if (merger.takes(path, path, profile.header[key], llm.profile.header[key]))
			profile.header[key] = llm.profile.header[key];
	}
	llm.profile.header.links.forEach((link, index) => {
		if (profile.header.links.some((known) => sameText(known.url, link.url))) return;
		if (profile.header.links.length >= LIMITS.links) return;
		const to = `header.links.${profile.header.links.length}`;
		merger.takes(`${to}.url`, `header.links.${index}.url`, '', link.url);
		if (link.label) merger.takes(`${to}.label`, `header.links.${index}.label`, '', link.label);
		profile.header.links.push(link);
	});
	if (merger.takes('talents', 'talents', profile.talents, llm.profile.talents))
		profile.talents = llm.profile.talents;
	/** Where each LLM entry ended up ("roles.2" → "roles.0"), so its dropped fields name it. */
	const moved = new Map<string, string>();
	for (const list of LISTS) {
		const target = profile[list] as unknown as Entry[];
		const parsedCount = target.length;
		(llm.profile[list] as unknown as Entry[]).forEach((entry, index) => {
			const from = `${list}.${index}`;
			const match = target.slice(0, parsedCount).findIndex((known) => matches(list, known, entry));
			if (match >= 0) {
				moved.set(from, `${list}.${match}`);
				merger.fillEntry(target[match]!, entry, `${list}.${match}`, from);
				return;
			}
			if (target.length >= LIST_LIMITS[list]) return;
			moved.set(from, `${list}.${target.length}`);
			const added = { ...structuredClone(entry) } as Entry;
			const to = `${list}.${target.length}`;
			for (const [key, value] of Object.entries(added))
				if (key !== 'id') merger.takes(`${to}.${key}`, `${from}.${key}`, '', value);
			target.push(added);
		});
	}
	const llmFields = new Set(
		Object.entries(merger.origins)
			.filter(([, origin]) => origin === 'llm')
			.map(([path]) => path)
	);
	const parserSpans = base.spans.filter(
		(span) =>
			![...llmFields].some((path) => span.field === path || span.field.startsWith(`${path}.`))
	);
	return {
		...base,
		profile,
		uncertain: [...merger.uncertain],
		origins: merger.origins,
		spans: [...parserSpans, ...merger.spans],
		dropped: [
			...base.dropped,
			...llm.dropped.map((drop) => {
				const entry = drop.field.split('.').slice(0, 2).join('.');
				const to = moved.get(entry);
				return to ? { ...drop, field: to + drop.field.slice(entry.length) } : drop;
			})
		]
	};
}
