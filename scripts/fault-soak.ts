/**
 * The soak behind `npm run bench:faults` and its CI test: whole CVs tailored through the real LLM
 * stack (groq-sdk client, pacer, retry, response cache) and the real storage (Dexie over
 * fake-indexeddb), against a time-scaled mock Groq that injects random faults from a fixed seed.
 * A script plays the person: it accepts every item, presses Retry on a failed one, and now and
 * then reloads the page or loses the connection, also in the middle of a request. Afterwards
 * every stored session is read back and checked: valid, complete, nothing accepted lost or
 * changed, nothing left "generating", and every failure shown with an explanation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import {
	allItems,
	exampleSession,
	findItem,
	recoverInterruptedItems,
	SessionSchema,
	type ItemContent,
	type ItemError,
	type Session
} from '../src/lib/domain';
import { isLlmError } from '../src/lib/llm/llm-error';
import { createLlmStack } from '../src/lib/llm/llm-stack';
import { FREE_TIER_LIMITS, limitsFor, type ModelLimits } from '../src/lib/llm/model-limits';
import {
	TailoringActionError,
	TailoringOrchestrator,
	type GenerateOutcome
} from '../src/lib/pipeline/orchestrator';
import { defaultPipelineSettings } from '../src/lib/pipeline/pipeline-settings';
import { PROMPT_NAMES, type PromptSource } from '../src/lib/pipeline/prompt-source';
import type { SessionAccess } from '../src/lib/pipeline/orchestrator';
import { AppDatabase } from '../src/lib/storage/database';
import { DexieLlmCacheRepository } from '../src/lib/storage/llm-cache-repository';
import { DexieSessionRepository } from '../src/lib/storage/session-repository';
import { StorageError } from '../src/lib/storage/storage-error';
import { DexieUsageRepository } from '../src/lib/storage/usage-repository';
import { startMockGroq, type MockFault, type MockGroq } from '../tests/mock-groq/server';

/** One Groq minute is one real second, for the mock's limits, the pacer and retry-after. */
const TIME_SCALE = 60;
/** Real milliseconds before a request that hangs is given up (the app's is 90 s). */
const REQUEST_TIMEOUT_MS = 400;
/** How often the script presses Retry on one item before it gives the CV up. */
const MAX_USER_RETRIES = 8;
const MAX_STEPS_PER_CV = 120;

/**
 * The free tier's minute limits, so pacing and the mock's own 429s take part; the day budgets are
 * raised, because the scaled day (24 real minutes) would otherwise end the soak after a dozen
 * CVs with "today's allowance is used up" (which is right, but not what this soak is about).
 */
const SOAK_LIMITS: Record<string, ModelLimits> = {
	'openai/gpt-oss-120b': { ...FREE_TIER_LIMITS, rpd: 100_000, tpd: 100_000_000 },
	'openai/gpt-oss-20b': { ...FREE_TIER_LIMITS, rpd: 100_000, tpd: 100_000_000 }
};

export interface SoakOptions {
	runs: number;
	seed: number;
	/** Chance that a chat request meets a fault from Groq's side. */
	faultRate?: number;
	/** Chance that a request finds the browser offline. */
	offlineRate?: number;
	/** Chance, per item, that the page is reloaded before it starts. */
	reloadRate?: number;
	/** Chance, per item, that the connection drops or the page reloads while it is written. */
	midRequestRate?: number;
	/** Called with a line per CV as it finishes. */
	progress?: (line: string) => void;
}

export interface SoakReport {
	runs: number;
	completed: number;
	/** Faults Groq's side applied plus disruptions on the browser's side, by kind. */
	injected: Record<string, number>;
	injectedTotal: number;
	/** Accepted items missing or changed, items left generating, records that fail the schema. */
	lost: number;
	lostDetails: string[];
	/** Failures shown without plain words and a next step, or with technical junk in them. */
	unexplained: number;
	unexplainedDetails: string[];
	/** What the person was told, with how often. */
	messages: Map<string, number>;
	userRetries: number;
	/** Items given up after MAX_USER_RETRIES presses of Retry. */
	givenUp: number;
	elapsedMs: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** The prompt files as the app bundles them; tsx cannot import `?raw`, so read them here. */
function promptsFromDisk(): PromptSource {
	const folder = join(import.meta.dirname, '..', 'prompts');
	return Object.fromEntries(
		PROMPT_NAMES.map((name) => [name, readFileSync(join(folder, `${name}.md`), 'utf8')])
	) as PromptSource;
}

/** Groq's side of the matrix: each entry is a burst of faults on consecutive requests. */
const GROQ_FAULTS: ReadonlyArray<{ name: string; burst: (random: () => number) => MockFault[] }> = [
	{
		name: 'rate_limit',
		burst: (random) => [{ kind: 'rate_limit', retryAfterSeconds: 1 + Math.floor(random() * 3) }]
	},
	{
		// Longer than the retry budget (four attempts): the item fails and the person retries.
		name: 'rate_limit_burst',
		burst: () => Array<MockFault>(5).fill({ kind: 'rate_limit', retryAfterSeconds: 1 })
	},
	{ name: 'day_limit', burst: () => [{ kind: 'day_limit', retryAfterSeconds: 60 }] },
	{ name: 'server_error', burst: (random) => repeat('server_error', random, 4) },
	{ name: 'unavailable', burst: (random) => repeat('unavailable', random, 4) },
	{ name: 'hang', burst: (random) => repeat('hang', random, 2) },
	{ name: 'stall', burst: (random) => repeat('stall', random, 2) },
	{ name: 'drop', burst: (random) => repeat('drop', random, 4) },
	{ name: 'malformed_json', burst: (random) => repeat('malformed_json', random, 4) },
	{ name: 'empty_content', burst: (random) => repeat('empty_content', random, 2) },
	{ name: 'schema_violation', burst: (random) => repeat('schema_violation', random, 3) },
	{ name: 'unauthorized', burst: () => [{ kind: 'unauthorized' }] },
	{ name: 'model_not_found', burst: () => [{ kind: 'model_not_found' }] },
	{ name: 'model_decommissioned', burst: () => [{ kind: 'model_decommissioned' }] }
];

function repeat(kind: MockFault['kind'], random: () => number, most: number): MockFault[] {
	return Array<MockFault>(1 + Math.floor(random() * most)).fill({ kind } as MockFault);
}

/** What a person must never be shown: programmer's words, placeholders, raw data. */
const TECHNICAL_JUNK =
	/\bundefined\b|\bnull\b|\bNaN\b|\[object|TypeError|SyntaxError|ReferenceError|RangeError|AbortError|DexieError|Error:|\n\s*at \S|[{}]|"\w+"\s*:|gsk_/;
const GENERIC = /^Something went wrong/;
/** Braces or quoted keys in CV text: an answer's JSON (or the mock's spoilt JSON) taken for text. */
const RAW_DATA = /[{}]|"\w+"\s*:/;

/** Why a failure shown to the person does not explain itself, or undefined when it does. */
export function unexplainedReason(error: ItemError | undefined): string | undefined {
	if (!error) return 'a failed item without any message';
	const message = error.message.trim();
	const action = (error.action ?? '').trim();
	if (message.split(/\s+/).length < 3) return `too short to explain anything: "${message}"`;
	if (action === '') return `no next step after "${message}"`;
	if (GENERIC.test(message)) return `a generic message: "${message}"`;
	const junk = TECHNICAL_JUNK.exec(`${message}\n${action}`);
	if (junk) return `technical text (${junk[0]}) in "${message} ${action}"`;
	return undefined;
}

/**
 * The open session as a page holds it: the session in memory, each commit saved to IndexedDB
 * with the revision check before it resolves. A closed page saves nothing more, as a reloaded
 * or closed tab cannot.
 */
class PageSessionAccess implements SessionAccess {
	#session: Session;
	#closed = false;

	constructor(
		private readonly repository: DexieSessionRepository,
		session: Session
	) {
		this.#session = session;
	}

	current(): Session {
		return this.#session;
	}

	close(): void {
		this.#closed = true;
	}

	async commit(next: Session): Promise<void> {
		if (this.#closed) throw new StorageError('This page was closed.', 'unknown');
		const saved = await this.repository.save(next, { expectedRevision: this.#session.revision });
		this.#session = saved;
	}
}

interface Page {
	access: PageSessionAccess;
	orchestrator: TailoringOrchestrator;
}

interface Environment {
	mock: MockGroq;
	database: AppDatabase;
	sessions: DexieSessionRepository;
	prompts: PromptSource;
	random: () => number;
	network: { online: boolean };
	report: SoakReport;
	options: Required<Omit<SoakOptions, 'progress'>>;
}

function count(report: SoakReport, kind: string): void {
	report.injected[kind] = (report.injected[kind] ?? 0) + 1;
	report.injectedTotal += 1;
}

/** Opens the session as a (re)loaded page does: a fresh LLM stack over the same IndexedDB. */
async function openPage(environment: Environment, sessionId: string): Promise<Page> {
	const { mock, database, network, random, report, options } = environment;
	const read = await environment.sessions.get(sessionId);
	if (!read.ok) throw new Error(`The session could not be opened: ${read.message}`);
	const session = { ...read.session, cv: recoverInterruptedItems(read.session.cv, Date.now()) };
	const offlineFetch: typeof fetch = async (input, init) => {
		if (random() < options.offlineRate) {
			network.online = false;
			count(report, 'offline');
			throw new TypeError('Failed to fetch');
		}
		return fetch(input, init);
	};
	const stack = createLlmStack({
		connection: () => ({ apiKey: mock.apiKey, baseURL: mock.url }),
		limits: (model) => limitsFor(SOAK_LIMITS, model),
		minuteMs: 60_000 / TIME_SCALE,
		dayMs: 86_400_000 / TIME_SCALE,
		timeoutMs: REQUEST_TIMEOUT_MS,
		fetch: offlineFetch,
		online: () => network.online,
		usage: new DexieUsageRepository(database),
		cache: new DexieLlmCacheRepository(database),
		retry: { baseDelayMs: 40, maxDelayMs: 400 }
	});
	const access = new PageSessionAccess(environment.sessions, session);
	const settings = defaultPipelineSettings();
	const orchestrator = new TailoringOrchestrator({
		session: access,
		llm: stack.client,
		prompts: environment.prompts,
		settings: () => settings
	});
	await orchestrator.recover();
	return { access, orchestrator };
}

/** A tab closed or reloaded: its request is dropped and it writes nothing more. */
async function closePage(page: Page): Promise<void> {
	page.access.close();
	await page.orchestrator.cancel().catch(() => undefined);
}

function chatCount(mock: MockGroq): number {
	return mock.requests.filter((request) => request.method === 'POST').length;
}

/** Resolves once a new chat request reached the mock, or the generation ended first. */
async function requestStarted(mock: MockGroq, before: number, running: Promise<unknown>) {
	let settled = false;
	void running.then(
		() => (settled = true),
		() => (settled = true)
	);
	while (!settled && chatCount(mock) === before) {
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}

function variedSession(random: () => number, index: number): Session {
	const session = exampleSession(Date.now());
	session.name = `Soak CV ${index + 1}`;
	session.profile.roles = session.profile.roles.slice(0, 1 + Math.floor(random() * 5));
	session.profile.projects = session.profile.projects.slice(0, Math.floor(random() * 5));
	return session;
}

/** The stored session, read back raw and through the repository, checked against what was accepted. */
async function checkStored(
	environment: Environment,
	sessionId: string,
	accepted: ReadonlyMap<string, ItemContent>,
	when: string
): Promise<{ complete: boolean }> {
	const { report } = environment;
	const lose = (detail: string) => {
		report.lost += 1;
		report.lostDetails.push(`${sessionId.slice(0, 8)} ${when}: ${detail}`);
	};
	const raw = await environment.database.sessions.get(sessionId);
	const parsed = SessionSchema.safeParse(raw);
	if (!parsed.success) {
		lose('the stored record does not pass the schema');
		return { complete: false };
	}
	const items = allItems(parsed.data.cv);
	for (const [itemId, content] of accepted) {
		const item = findItem(parsed.data.cv, itemId);
		if (!item) lose(`accepted item ${itemId.slice(0, 8)} is gone`);
		else if (item.status !== 'accepted') lose(`accepted ${item.kind} is now "${item.status}"`);
		else if (JSON.stringify(item.content) !== JSON.stringify(content))
			lose(`accepted ${item.kind} changed its content`);
	}
	for (const item of items) {
		// A closed page may leave "generating" behind (every load reads it as pending); once the
		// CV is done, nothing may still say so.
		if (item.status === 'generating' && when === 'at the end')
			lose(`${item.kind} is stuck "generating"`);
		const text = [item.content.text, ...item.content.bullets].join('\n');
		if (item.status === 'accepted' && (text.trim() === '' || RAW_DATA.test(text)))
			lose(`accepted ${item.kind} holds no text or raw data: ${text.slice(0, 80)}`);
	}
	// The cover letter is written only when the person asks for one, so a whole CV is done without it.
	const cvItems = items.filter((item) => item.kind !== 'cover_letter');
	return { complete: cvItems.length > 0 && cvItems.every((item) => item.status === 'accepted') };
}

function noteFailure(environment: Environment, error: ItemError | undefined, where: string): void {
	const { report } = environment;
	const shown = `${error?.message ?? ''} — ${error?.action ?? ''}`;
	report.messages.set(shown, (report.messages.get(shown) ?? 0) + 1);
	const reason = unexplainedReason(error);
	if (reason) {
		report.unexplained += 1;
		report.unexplainedDetails.push(`${where}: ${reason}`);
	}
}

/** What the app shows when an action itself throws (Tailoring turns it into the notice). */
function noteThrown(environment: Environment, error: unknown, where: string): void {
	const explained =
		error instanceof TailoringActionError || error instanceof StorageError || isLlmError(error);
	const message = error instanceof Error ? error.message : String(error);
	noteFailure(
		environment,
		explained
			? { message, action: 'Shown as the notice above the items.' }
			: { message: 'Something went wrong.', action: '' },
		where
	);
}

async function tailorOneCv(environment: Environment, index: number): Promise<boolean> {
	const { random, report, mock, network, options } = environment;
	const session = variedSession(random, index);
	await environment.sessions.save(session);
	let page = await openPage(environment, session.id);
	const accepted = new Map<string, ItemContent>();
	const retries = new Map<string, number>();
	let retryNext: string | undefined;
	const where = () => `CV ${index + 1}`;

	for (let step = 0; step < MAX_STEPS_PER_CV; step++) {
		if (random() < options.reloadRate) {
			count(report, 'reload');
			await closePage(page);
			await checkStored(environment, session.id, accepted, 'after a reload');
			page = await openPage(environment, session.id);
		}
		const before = chatCount(mock);
		const itemId = retryNext;
		retryNext = undefined;
		const running = itemId ? page.orchestrator.retry(itemId) : page.orchestrator.generateNext();
		let outcome: GenerateOutcome;
		const disruption = random() < options.midRequestRate ? random() : undefined;
		try {
			if (disruption !== undefined) {
				await requestStarted(mock, before, running);
				if (disruption < 0.5) {
					// What the Tab does on the browser's `offline` event: stop now, go again when back.
					count(report, 'offline_mid_request');
					await page.orchestrator.cancel();
				} else {
					count(report, disruption < 0.75 ? 'reload_mid_request' : 'tab_closed_mid_request');
					await closePage(page);
					await running.catch(() => undefined);
					page = await openPage(environment, session.id);
					continue;
				}
			}
			outcome = await running;
		} catch (error) {
			noteThrown(environment, error, where());
			await closePage(page);
			page = await openPage(environment, session.id);
			continue;
		}

		switch (outcome.kind) {
			case 'done':
				await closePage(page);
				return (await checkStored(environment, session.id, accepted, 'at the end')).complete;
			case 'generated':
			case 'review': {
				try {
					await page.orchestrator.accept(outcome.itemId);
				} catch (error) {
					noteThrown(environment, error, where());
					continue;
				}
				const item = findItem(page.access.current().cv, outcome.itemId);
				if (item) accepted.set(item.id, item.content);
				break;
			}
			case 'failed': {
				noteFailure(environment, outcome.error, where());
				// Back online (the app retries by itself then), or the person read the message and
				// pressed Retry.
				network.online = true;
				const pressed = (retries.get(outcome.itemId) ?? 0) + 1;
				retries.set(outcome.itemId, pressed);
				if (pressed > MAX_USER_RETRIES) {
					report.givenUp += 1;
					await closePage(page);
					await checkStored(environment, session.id, accepted, 'when given up');
					return false;
				}
				report.userRetries += 1;
				retryNext = outcome.itemId;
				break;
			}
			case 'cancelled':
				network.online = true;
				break;
			case 'busy':
			case 'not_ready':
				noteFailure(
					environment,
					outcome.kind === 'not_ready'
						? { message: outcome.reason, action: 'Shown as the notice above the items.' }
						: undefined,
					`${where()} (${outcome.kind})`
				);
				break;
		}
	}
	await closePage(page);
	await checkStored(environment, session.id, accepted, 'after too many steps');
	return false;
}

export async function runSoak(soakOptions: SoakOptions): Promise<SoakReport> {
	const options = {
		runs: soakOptions.runs,
		seed: soakOptions.seed,
		faultRate: soakOptions.faultRate ?? 0.25,
		offlineRate: soakOptions.offlineRate ?? 0.03,
		reloadRate: soakOptions.reloadRate ?? 0.05,
		midRequestRate: soakOptions.midRequestRate ?? 0.06
	};
	const random = seededRandom(options.seed);
	const report: SoakReport = {
		runs: options.runs,
		completed: 0,
		injected: {},
		injectedTotal: 0,
		lost: 0,
		lostDetails: [],
		unexplained: 0,
		unexplainedDetails: [],
		messages: new Map(),
		userRetries: 0,
		givenUp: 0,
		elapsedMs: 0
	};
	const started = performance.now();
	const mock: MockGroq = await startMockGroq({
		timeScale: TIME_SCALE,
		limits: SOAK_LIMITS,
		faultScript: () => {
			if (random() >= options.faultRate) return undefined;
			const fault = GROQ_FAULTS[Math.floor(random() * GROQ_FAULTS.length)]!;
			const [first, ...rest] = fault.burst(random);
			// The rest of a burst meets the requests that follow (the retries).
			if (rest.length > 0) mock.injectFaults(...rest);
			return first;
		}
	});
	const database = new AppDatabase(`fault-soak-${options.seed}-${Date.now()}`, {
		indexedDB,
		IDBKeyRange
	});
	const environment: Environment = {
		mock,
		database,
		sessions: new DexieSessionRepository(database),
		prompts: promptsFromDisk(),
		random,
		network: { online: true },
		report,
		options
	};
	try {
		for (let index = 0; index < options.runs; index++) {
			const faultsBefore = mock.requests.filter((request) => request.fault).length;
			const complete = await tailorOneCv(environment, index);
			if (complete) report.completed += 1;
			const faults = mock.requests.filter((request) => request.fault).length - faultsBefore;
			soakOptions.progress?.(
				`CV ${String(index + 1).padStart(2)}: ${complete ? 'complete' : 'NOT complete'}, ${faults} faults from Groq's side`
			);
		}
	} finally {
		for (const request of mock.requests) if (request.fault) count(report, request.fault);
		await mock.close();
		await database.delete();
	}
	report.elapsedMs = Math.round(performance.now() - started);
	return report;
}
