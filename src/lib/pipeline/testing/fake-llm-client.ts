/**
 * An LlmClient for tests that records every call and answers from a responder function. It
 * honours the AbortSignal like the real stack (rejecting with LlmError 'aborted'), can hold its
 * answers until the test releases them, and lets a test await the next call.
 */
import type { LlmCallOptions, LlmClient, LlmRequest, LlmResult } from '$lib/llm/llm-client';
import { LlmError } from '$lib/llm/llm-error';

export interface RecordedCall {
	request: LlmRequest;
	options: LlmCallOptions;
}

export type FakeAnswer = string | Error | { text: string; finishReason?: string };
export type FakeResponder = (
	request: LlmRequest,
	call: RecordedCall
) => FakeAnswer | Promise<FakeAnswer>;

/** Roughly four characters per token, like the estimates used for pacing. */
function tokens(text: string): number {
	return Math.ceil(text.length / 4);
}

export class FakeLlmClient implements LlmClient {
	readonly calls: RecordedCall[] = [];
	#responder: FakeResponder;
	#held: Array<() => void> | undefined;
	#callWaiters: Array<() => void> = [];

	constructor(responder: FakeResponder = fakeAnswer) {
		this.#responder = responder;
	}

	respondWith(responder: FakeResponder): void {
		this.#responder = responder;
	}

	/** Answers wait from now on until `release()` (or until their request is aborted). */
	hold(): void {
		this.#held ??= [];
	}

	release(): void {
		const held = this.#held ?? [];
		this.#held = undefined;
		for (const resume of held) resume();
	}

	/** Resolves once `count` calls in total have been made. */
	async waitForCalls(count: number): Promise<void> {
		while (this.calls.length < count) {
			await new Promise<void>((resolve) => this.#callWaiters.push(resolve));
		}
	}

	/** The user message of a call (the rendered step prompt). */
	userPrompt(index: number): string {
		return (
			this.calls.at(index)?.request.messages.find((message) => message.role === 'user')?.content ??
			''
		);
	}

	async complete(request: LlmRequest, options: LlmCallOptions = {}): Promise<LlmResult> {
		const call: RecordedCall = { request, options };
		this.calls.push(call);
		const waiters = this.#callWaiters;
		this.#callWaiters = [];
		for (const wake of waiters) wake();

		const { signal } = options;
		if (signal?.aborted) throw new LlmError('aborted');
		options.onActivity?.({ state: 'in_flight' });
		const answer = await new Promise<FakeAnswer>((resolve, reject) => {
			const onAbort = () => reject(new LlmError('aborted'));
			signal?.addEventListener('abort', onAbort, { once: true });
			const respond = () => {
				Promise.resolve()
					.then(() => this.#responder(request, call))
					.then(resolve, reject)
					.finally(() => signal?.removeEventListener('abort', onAbort));
			};
			if (this.#held) this.#held.push(respond);
			else respond();
		});
		if (answer instanceof Error) throw answer;
		const text = typeof answer === 'string' ? answer : answer.text;
		options.onActivity?.({ state: 'done', fromCache: false });
		const promptTokens = tokens(request.messages.map((message) => message.content).join('\n'));
		const completionTokens = tokens(text);
		return {
			text,
			usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
			model: request.model,
			fromCache: false,
			finishReason: typeof answer === 'string' ? 'stop' : (answer.finishReason ?? 'stop')
		};
	}
}

/** The value of a "Label: value" line in the prompt's data, e.g. the role's title. */
export function promptField(request: LlmRequest, label: string): string {
	const user = request.messages.find((message) => message.role === 'user')?.content ?? '';
	return new RegExp(`^${label}: (.*)$`, 'm').exec(user)?.[1]?.trim() ?? '';
}

/** Which step a request is for, from its schema or its prompt. */
export function requestStep(
	request: LlmRequest
): 'key_qualifications' | 'role' | 'project' | 'executive_summary' | 'cover_letter' {
	const name = request.jsonSchema?.name;
	if (name === 'key_qualifications' || name === 'executive_summary' || name === 'cover_letter')
		return name;
	if (name === 'role_content') return 'role';
	if (name === 'project_content') return 'project';
	const text = request.messages.map((message) => message.content).join('\n');
	if (/key qualifications that make/.test(text) || /list of key qualifications/.test(text))
		return 'key_qualifications';
	if (/Tailor this role|entry for one role/.test(text)) return 'role';
	if (/Tailor this side project|for one side project/.test(text)) return 'project';
	if (/body of (a|one) cover letter/.test(text)) return 'cover_letter';
	return 'executive_summary';
}

const QUALIFICATIONS = [
	'Streaming pipelines with Kafka',
	'Airflow orchestration',
	'Data modelling with dbt',
	'Mentoring engineers',
	'Cloud data warehouses',
	'Python for data pipelines',
	'SQL performance tuning',
	'Data quality testing',
	'Stakeholder communication',
	'Batch to streaming migrations',
	'Cost-aware cloud design',
	'On-call and incident handling',
	'Infrastructure as code',
	'Dashboarding for managers',
	'Agile delivery',
	'Code review culture',
	'Data governance',
	'Event-driven design',
	'Spark at scale',
	'Hiring and onboarding',
	'Observability for pipelines',
	'Schema evolution',
	'Documentation that lasts',
	'Vendor evaluation',
	'Budget planning',
	'Security reviews',
	'Privacy by design',
	'Technical roadmaps',
	'Workshops and training',
	'Open-source contributions'
];

function user(request: LlmRequest): string {
	return request.messages.find((message) => message.role === 'user')?.content ?? '';
}

/**
 * A plausible answer to any pipeline request: JSON when a schema or JSON object was asked for,
 * free text otherwise. Role and project answers name their source, so tests can tell them apart.
 */
export function fakeAnswer(request: LlmRequest): string {
	const step = requestStep(request);
	const draft = /<draft>\n([\s\S]*?)\n<\/draft>/.exec(
		request.messages.find((message) => message.role === 'user')?.content ?? ''
	)?.[1];
	if (draft !== undefined) return cleanDraft(step, draft);
	const json = request.jsonSchema !== undefined || request.jsonObject === true;
	const title = promptField(request, 'Title') || promptField(request, 'Name') || 'the entry';
	switch (step) {
		case 'key_qualifications': {
			// As many as the prompt asks for ("Write the 10 key qualifications").
			const count = Number(/Write the (\d+) key qualifications/.exec(user(request))?.[1] ?? 4);
			const phrases = QUALIFICATIONS.slice(0, count);
			return json
				? JSON.stringify({ qualifications: phrases })
				: phrases.map((phrase) => `- ${phrase}`).join('\n');
		}
		case 'role': {
			const bullets = [
				`Led work as ${title}`,
				`Improved pipelines as ${title}`,
				`Mentored colleagues as ${title}`
			];
			return json
				? JSON.stringify({ summary: `Tailored summary for ${title}`, bullets })
				: [`Tailored summary for ${title}`, ...bullets.map((bullet) => `- ${bullet}`)].join('\n');
		}
		case 'project': {
			const bullets = [`Built ${title} end to end`];
			return json ? JSON.stringify({ bullets }) : bullets.map((bullet) => `- ${bullet}`).join('\n');
		}
		case 'executive_summary': {
			const summary =
				'Data engineer who builds pipelines people trust. Moved 140 batch jobs to Airflow. Mentors the engineers around them.';
			return json ? JSON.stringify({ summary }) : summary;
		}
		case 'cover_letter': {
			const paragraphs = fakeLetter(user(request));
			return json ? JSON.stringify({ paragraphs }) : paragraphs.join('\n\n');
		}
	}
}

/** Three paragraphs of about the words the letter prompt asks for ("about 250 words"). */
function fakeLetter(prompt: string): string[] {
	const target = Number(/about (\d+) words/.exec(prompt)?.[1] ?? 250);
	const sentence = 'I build data pipelines that the people around me can trust and use.';
	const perParagraph = Math.max(1, Math.round(target / 3 / 13));
	return Array.from({ length: 3 }, () => Array(perParagraph).fill(sentence).join(' '));
}

/** What a cleaner does with a draft: the entries it holds, as the step's JSON. */
function cleanDraft(step: ReturnType<typeof requestStep>, draft: string): string {
	const lines = draft.split('\n').map((line) => line.trim());
	const entries = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
	const plain = lines.filter((line) => line !== '' && !line.startsWith('- '));
	switch (step) {
		case 'key_qualifications':
			return JSON.stringify({ qualifications: entries });
		case 'role':
			return JSON.stringify({ summary: plain[0] ?? '', bullets: entries });
		case 'project':
			return JSON.stringify({ bullets: entries });
		case 'executive_summary':
			return JSON.stringify({ summary: plain.join(' ') });
		case 'cover_letter':
			return JSON.stringify({ paragraphs: draft.split(/\n\s*\n/) });
	}
}
