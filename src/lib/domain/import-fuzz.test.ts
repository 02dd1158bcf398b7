/**
 * Over a thousand broken, hostile and oversized files thrown at the two importers. Each must be
 * either taken as valid data or refused with a sentence; nothing may throw, freeze, or leak keys
 * such as "__proto__" into the objects the app keeps.
 */
import { describe, expect, it } from 'vitest';
import edgeResume from './__fixtures__/edge.resume.json';
import sampleResume from './__fixtures__/sample.resume.json';
import { exampleSession } from './example-session';
import { parseJsonResumeFile } from './json-resume';
import type { ParseResult } from './parse-json-text';
import { ProfileSchema, type Profile } from './profile';
import { SessionSchema, type Session } from './session';
import { parseSessionFile, serializeSessionFile, SESSION_FILE_FORMAT } from './session-file';
import { allItems, CvItemSchema } from './structured-cv';
import { classicHostileFiles, mutatedFiles, type FuzzCase } from './testing/json-fuzz';

/** A session with tailored items, versions and findings, so mutations reach every part of it. */
function richSession(): Session {
	const session = exampleSession(1_700_000_000_000);
	const [role] = session.profile.roles;
	session.cv.sections[0]!.items = [
		CvItemSchema.parse({
			id: 'kq',
			kind: 'key_qualifications',
			status: 'accepted',
			content: { bullets: ['Kafka streaming', 'dbt testing'] },
			versions: [
				{ content: { bullets: ['Old'] }, createdAt: 1_700_000_000_000, origin: 'generated' }
			],
			updatedAt: 1_700_000_000_000
		})
	];
	session.cv.sections[1]!.items = [
		CvItemSchema.parse({
			id: 'role-1',
			kind: 'role',
			sourceId: role!.id,
			status: 'to_review',
			content: { text: 'Leads the platform.', bullets: ['Cut costs by 37%.'] },
			findings: [{ kind: 'percentage', text: '37%', bulletIndex: 0, start: 13, end: 16 }],
			updatedAt: 1_700_000_000_000
		})
	];
	return SessionSchema.parse(session);
}

function isValidTime(value: number): boolean {
	return Number.isFinite(new Date(value).getTime());
}

/** Own keys anywhere in a value that would pollute a prototype if copied with Object.assign. */
function prototypeKeys(value: unknown, path = 'value'): string[] {
	if (value === null || typeof value !== 'object') return [];
	const found: string[] = [];
	if (Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value))
		found.push(`${path} has an unusual prototype`);
	for (const key of Object.keys(value)) {
		if (key === '__proto__' || key === 'constructor' || key === 'prototype')
			found.push(`${path}.${key}`);
		found.push(...prototypeKeys((value as Record<string, unknown>)[key], `${path}.${key}`));
	}
	return found;
}

function duplicates(ids: string[]): string[] {
	return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** What the app relies on for an imported profile: valid, unique ids, nothing inherited. */
function profileProblems(profile: Profile): string[] {
	const problems: string[] = [];
	const parsed = ProfileSchema.safeParse(profile);
	if (!parsed.success) problems.push(`profile fails its schema: ${parsed.error.message}`);
	for (const list of [
		'roles',
		'projects',
		'education',
		'certifications',
		'languages',
		'skills'
	] as const) {
		const repeated = duplicates(profile[list].map((entry) => entry.id));
		if (repeated.length > 0) problems.push(`${list} repeat the ids ${repeated.join(', ')}`);
	}
	return [...problems, ...prototypeKeys(profile)];
}

function sessionProblems(session: Session): string[] {
	const problems = profileProblems(session.profile);
	const parsed = SessionSchema.safeParse(session);
	if (!parsed.success) problems.push(`session fails its schema: ${parsed.error.message}`);
	const items = allItems(session.cv);
	const times = [
		session.createdAt,
		session.updatedAt,
		...items.map((item) => item.updatedAt),
		...items.flatMap((item) => item.versions.map((version) => version.createdAt))
	];
	if (!times.every(isValidTime)) problems.push('a timestamp is not a date the app can show');
	const repeated = duplicates(items.map((item) => item.id));
	if (repeated.length > 0) problems.push(`CV items repeat the ids ${repeated.join(', ')}`);
	const again = parseSessionFile(serializeSessionFile(session), 0);
	if (!again.ok) problems.push(`an accepted session does not import again: ${again.message}`);
	return [...problems, ...prototypeKeys(session)];
}

function messageProblems(message: unknown): string[] {
	if (typeof message !== 'string') return ['the refusal has no message'];
	if (message.trim().length < 15) return [`the message is too short: ${JSON.stringify(message)}`];
	if (/undefined|\[object |NaN|TypeError|RangeError|SyntaxError/.test(message))
		return [`the message leaks internals: ${message}`];
	if (message.length > 2_000) return [`the message floods the screen (${message.length} chars)`];
	return [];
}

interface Outcome {
	accepted: number;
	refused: number;
	failures: string[];
}

/** Runs every case; a throw, a bad refusal or bad accepted data is a failure named by its case. */
function runImporter<T>(
	cases: FuzzCase[],
	importer: (text: string) => ParseResult<T>,
	check: (value: T) => string[]
): Outcome {
	const outcome: Outcome = { accepted: 0, refused: 0, failures: [] };
	for (const fuzzCase of cases) {
		let result: ParseResult<T>;
		try {
			result = importer(fuzzCase.text);
		} catch (error) {
			outcome.failures.push(`${fuzzCase.label}: threw ${String(error).slice(0, 200)}`);
			continue;
		}
		const problems = result.ok ? check(result.value) : messageProblems(result.message);
		if (result.ok) outcome.accepted += 1;
		else outcome.refused += 1;
		for (const problem of problems) outcome.failures.push(`${fuzzCase.label}: ${problem}`);
	}
	return outcome;
}

const importSession = (text: string) => parseSessionFile(text, 1_800_000_000_000);

function prototypeSnapshot() {
	return {
		object: Object.getOwnPropertyNames(Object.prototype).sort(),
		array: Object.getOwnPropertyNames(Array.prototype).sort(),
		function: Object.getOwnPropertyNames(Function.prototype).sort()
	};
}

describe('import fuzzing', () => {
	const before = prototypeSnapshot();

	it('takes or refuses 700 mutated session files, never throwing', () => {
		const base = { format: SESSION_FILE_FORMAT, session: richSession() };
		const cases = [
			...mutatedFiles(base, 700, 20_240_601),
			...classicHostileFiles().map((fuzzCase) => ({
				...fuzzCase,
				label: `classic: ${fuzzCase.label}`
			}))
		];
		const outcome = runImporter(cases, importSession, sessionProblems);
		expect(outcome.failures.slice(0, 20)).toEqual([]);
		// Both branches must be exercised, or the generator has stopped producing real variety.
		expect(outcome.accepted).toBeGreaterThan(50);
		expect(outcome.refused).toBeGreaterThan(200);
	});

	it('takes or refuses 600 mutated JSON Resume files, never throwing', () => {
		const cases = [
			...mutatedFiles(sampleResume, 350, 7),
			...mutatedFiles(edgeResume, 250, 11),
			...classicHostileFiles().map((fuzzCase) => ({
				...fuzzCase,
				label: `classic: ${fuzzCase.label}`
			}))
		];
		const outcome = runImporter(cases, parseJsonResumeFile, profileProblems);
		expect(outcome.failures.slice(0, 20)).toEqual([]);
		expect(outcome.accepted).toBeGreaterThan(50);
		expect(outcome.refused).toBeGreaterThan(100);
	});

	it('refuses deep nesting and huge arrays with a sentence that says why', () => {
		for (const fuzzCase of classicHostileFiles().filter((entry) =>
			/deep|huge array|over the size/.test(entry.label)
		)) {
			for (const result of [importSession(fuzzCase.text), parseJsonResumeFile(fuzzCase.text)]) {
				expect(result.ok, fuzzCase.label).toBe(false);
				if (!result.ok) expect(messageProblems(result.message), fuzzCase.label).toEqual([]);
			}
		}
		const deep = classicHostileFiles().find((entry) => entry.label.startsWith('deep object, 10'))!;
		const refused = parseJsonResumeFile(deep.text);
		expect(refused).toEqual({ ok: false, message: expect.stringMatching(/nested too deeply/) });
	});

	it('refuses a session whose roles or CV items repeat an id, naming the problem', () => {
		const session = richSession();
		session.profile.roles[1]!.id = session.profile.roles[0]!.id;
		const result = importSession(serializeSessionFile(session));
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/Role #2 › id: .*twice/) });

		const items = richSession();
		items.cv.sections[1]!.items[0]!.id = 'kq';
		const second = importSession(serializeSessionFile(items));
		expect(second).toEqual({ ok: false, message: expect.stringMatching(/id: .*twice/) });
	});

	it('refuses a timestamp the app could not show as a date', () => {
		const session = { ...richSession(), updatedAt: 1e300 };
		const result = importSession(serializeSessionFile(session));
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/updatedAt/) });
	});

	it('keeps "__proto__", "constructor" and "prototype" keys out of every prototype', () => {
		const hostile = [
			'{"__proto__": {"polluted": 1}, "basics": {"__proto__": {"polluted": 2}, "name": "A"}}',
			'{"basics": {"name": "B", "constructor": {"prototype": {"polluted": 3}}}, "work": [{"__proto__": {"polluted": 4}}]}',
			`{"format": "${SESSION_FILE_FORMAT}", "__proto__": {"polluted": 5}, "session": {"__proto__": {"schemaVersion": 1, "polluted": 6}}}`
		];
		for (const text of hostile) {
			const resume = parseJsonResumeFile(text);
			const session = importSession(text);
			if (resume.ok) expect(prototypeKeys(resume.value)).toEqual([]);
			if (session.ok) expect(prototypeKeys(session.value)).toEqual([]);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(prototypeSnapshot()).toEqual(before);
	});
});
