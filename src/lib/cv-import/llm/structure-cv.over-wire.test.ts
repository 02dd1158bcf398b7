/**
 * The CV import's LLM pass with the real LLM stack (groq-sdk, pacer, retry) against the mock
 * Groq server, including a scripted answer that invents a role and a date.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfileSchema } from '$lib/domain';
import { createLlmStack } from '$lib/llm/llm-stack';
import { limitsFor } from '$lib/llm/model-limits';
import promptText from '$prompts/cv-import.md?raw';
import { cvImportResponder, emptyCvAnswer } from '../../../../tests/mock-groq/cv-import-responder';
import { startMockGroq, type MockGroq } from '../../../../tests/mock-groq/server';
import type { CvImportSuccess } from '../cv-import-result';
import { structureCv } from './structure-cv';

let mock: MockGroq;
beforeEach(async () => {
	mock = await startMockGroq({ timeScale: 60 });
});
afterEach(async () => {
	await mock.close();
});

const text = [
	'Marta Kowalska',
	'marta.k@example.org · +48 600 100 200',
	'Doświadczenie zawodowe',
	'Księgowa, Biuro Rachunkowe Nowak   03/2019 – obecnie',
	'• Prowadzenie ksiąg 40 firm'
].join('\n');

const parsed: CvImportSuccess = {
	ok: true,
	text,
	source: 'pdf',
	pages: 1,
	profile: ProfileSchema.parse({}),
	uncertain: [],
	spans: [],
	origins: {},
	dropped: [],
	notes: []
};

function run() {
	const stack = createLlmStack({
		connection: () => ({ apiKey: mock.apiKey, baseURL: mock.url }),
		limits: (model) => limitsFor({}, model),
		minuteMs: 1_000,
		dayMs: 1_440_000
	});
	return structureCv(parsed, {
		llm: stack.client,
		model: 'openai/gpt-oss-120b',
		structured: true,
		prompt: promptText
	});
}

describe('structureCv over the wire', () => {
	it('takes the mock’s careful answer: the name, email and phone found in the text', async () => {
		const outcome = await run();
		if (!outcome.ok) throw new Error(outcome.message);
		expect(outcome.result.profile.header).toMatchObject({
			name: 'Marta Kowalska',
			email: 'marta.k@example.org',
			phone: '+48 600 100 200'
		});
		expect(outcome.result.dropped).toEqual([]);
	});

	it('drops and lists a role and a date the CV does not contain', async () => {
		mock.addResponder(
			cvImportResponder(() => ({
				...emptyCvAnswer(),
				roles: [
					{
						organization: 'Biuro Rachunkowe Nowak',
						title: 'Księgowa',
						location: '',
						start: '2019-03',
						end: '2021-12',
						current: true,
						description: '',
						bullets: ['Prowadzenie ksiąg 40 firm']
					},
					{
						organization: 'Deloitte',
						title: 'Senior Auditor',
						location: 'Warszawa',
						start: '2015-01',
						end: '2019-02',
						current: false,
						description: '',
						bullets: []
					}
				]
			}))
		);
		const outcome = await run();
		if (!outcome.ok) throw new Error(outcome.message);
		const { profile, dropped, origins } = outcome.result;
		expect(profile.roles).toHaveLength(1);
		expect(profile.roles[0]).toMatchObject({
			title: 'Księgowa',
			start: '2019-03',
			end: '',
			current: true,
			accomplishments: ['Prowadzenie ksiąg 40 firm']
		});
		expect(origins['roles.0.title']).toBe('llm');
		expect(dropped).toEqual([
			{ field: 'roles.0.end', value: '2021-12' },
			{ field: 'roles', value: 'Senior Auditor · Deloitte · 2015-01 · 2019-02' }
		]);
	});
});
