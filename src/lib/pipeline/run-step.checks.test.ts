/** What runStep checks in every answer: its size against the prompt, and markup written into it. */
import { describe, expect, it } from 'vitest';
import { exampleSession, type ItemKind } from '$lib/domain';
import { LlmError } from '$lib/llm/llm-error';
import { stepValuesFor } from './item-context';
import { defaultPipelineSettings, withMode, type PipelineSettings } from './pipeline-settings';
import { bundledPrompts } from './prompt-templates';
import { runStep } from './run-step';
import { STEPS } from './steps';
import { syncCvItems } from './sync-cv-items';
import { FakeLlmClient, type FakeResponder } from './testing/fake-llm-client';

const SECTION: Record<ItemKind, number> = {
	key_qualifications: 0,
	role: 1,
	project: 2,
	executive_summary: 3,
	cover_letter: 4
};

function run(
	kind: ItemKind,
	responder: FakeResponder,
	settings: PipelineSettings = defaultPipelineSettings()
) {
	const base = exampleSession(0);
	const session = { ...base, cv: syncCvItems(base.cv, base.profile, 0) };
	const item = session.cv.sections[SECTION[kind]]!.items[0]!;
	const llm = new FakeLlmClient(responder);
	const values = stepValuesFor(session, item, settings.rules);
	const outcome = runStep(STEPS[kind], values, undefined, {
		llm,
		prompts: bundledPrompts,
		settings
	});
	return { llm, outcome };
}

function phrases(count: number, prefix = 'Qualification'): string[] {
	return Array.from({ length: count }, (_, index) => `${prefix} number ${index + 1}`);
}

describe('runStep, answer size', () => {
	it('tells the model the count in the schema, without the keywords Groq refuses', async () => {
		const { llm, outcome } = run('key_qualifications', () =>
			JSON.stringify({ qualifications: phrases(10) })
		);
		await outcome;
		const schema = llm.calls[0]!.request.jsonSchema?.schema;
		expect(schema).toMatchObject({
			properties: { qualifications: { description: 'Exactly 10 entries.' } }
		});
		// Groq answers 400 "minItems is not supported" to a schema that has them.
		for (const kind of Object.keys(SECTION) as ItemKind[]) {
			const text = JSON.stringify(STEPS[kind].jsonSchema(defaultPipelineSettings().rules));
			expect(text).not.toMatch(/"(minItems|maxItems|minLength|maxLength|pattern)"/);
		}
	});

	it('asks once more when the answer is short, and keeps the full second answer without a note', async () => {
		let asked = 0;
		const { llm, outcome } = run('key_qualifications', () =>
			JSON.stringify({ qualifications: phrases(asked++ === 0 ? 4 : 10) })
		);
		const result = await outcome;
		expect(llm.calls).toHaveLength(2);
		expect(llm.userPrompt(1)).toContain('only 4 qualifications; 10 were asked for');
		expect(llm.userPrompt(1)).toContain('<previous>\n- Qualification number 1');
		expect(result.content.bullets).toHaveLength(10);
		expect(result.notes).toEqual([]);
		expect(result.calls).toBe(2);
	});

	it('notes "4 of 10 qualifications" when the repair is no longer, so the person can accept it anyway', async () => {
		const { llm, outcome } = run('key_qualifications', () =>
			JSON.stringify({ qualifications: phrases(4) })
		);
		const result = await outcome;
		expect(llm.calls).toHaveLength(2);
		expect(result.content.bullets).toHaveLength(4);
		expect(result.notes).toEqual([{ kind: 'short_answer', message: '4 of 10 qualifications' }]);
	});

	it('counts what is left after duplicates are dropped, and keeps the longer of the two answers', async () => {
		let asked = 0;
		const { outcome } = run('key_qualifications', () =>
			JSON.stringify({
				qualifications:
					asked++ === 0 ? [...phrases(3), ...phrases(3), 'qualification NUMBER 1.'] : phrases(6)
			})
		);
		const result = await outcome;
		expect(result.content.bullets).toEqual(phrases(6));
		expect(result.notes).toEqual([{ kind: 'short_answer', message: '6 of 10 qualifications' }]);
	});

	it('notes a summary fragment: its words against the sentences asked', async () => {
		const { outcome } = run('executive_summary', () =>
			JSON.stringify({ summary: 'Data engineer building trusted pipelines daily.' })
		);
		const result = await outcome;
		expect(result.notes).toEqual([
			{
				kind: 'short_answer',
				message: 'summary is 6 words (1 sentence); 3–4 sentences were asked'
			}
		]);
	});

	it('checks plain-text answers in two-pass mode too', async () => {
		const settings = withMode(defaultPipelineSettings(), 'two_pass');
		settings.steps.role.cleanerModel = '';
		const { llm, outcome } = run(
			'role',
			() => 'Led the data team\n- Moved 140 jobs to Airflow\n- Cut failures by 90%',
			settings
		);
		const result = await outcome;
		expect(llm.calls).toHaveLength(2);
		expect(llm.calls.every((call) => call.request.jsonSchema === undefined)).toBe(true);
		expect(result.notes).toEqual([
			{ kind: 'short_answer', message: '2 bullets; 3 to 6 were asked' }
		]);
	});

	it('keeps the first answer with its note when the repair ask fails', async () => {
		let asked = 0;
		const { outcome } = run('key_qualifications', () =>
			asked++ === 0
				? JSON.stringify({ qualifications: phrases(4) })
				: new LlmError('server', { status: 503 })
		);
		const result = await outcome;
		expect(result.content.bullets).toEqual(phrases(4));
		expect(result.notes).toEqual([{ kind: 'short_answer', message: '4 of 10 qualifications' }]);
	});
});

describe('runStep, markup in answers', () => {
	it('removes tags from a structured answer and notes it', async () => {
		const { outcome } = run('role', () =>
			JSON.stringify({
				summary: 'Led the <b>platform</b> team',
				bullets: [
					'Moved 140 jobs <img src=x onerror="alert(1)"> to Airflow',
					'Cut failures by 90%<script>window.__pwned=1</script>',
					'Mentored four engineers'
				]
			})
		);
		const result = await outcome;
		expect(result.content).toEqual({
			text: 'Led the platform team',
			bullets: ['Moved 140 jobs to Airflow', 'Cut failures by 90%', 'Mentored four engineers']
		});
		expect(result.notes.map((note) => note.kind)).toEqual(['markup_removed']);
	});

	it('removes tags from a two-pass draft before the cleaner sees it', async () => {
		const settings = withMode(defaultPipelineSettings(), 'two_pass');
		const { llm, outcome } = run(
			'role',
			(request) =>
				request.jsonSchema
					? JSON.stringify({
							summary: '',
							bullets: ['Moved 140 jobs', 'Cut failures by 90%', 'Mentored four engineers']
						})
					: '- Moved 140 jobs <img src=x onerror=alert(1)>\n- Cut failures by 90%\n- Mentored four engineers',
			settings
		);
		const result = await outcome;
		expect(llm.userPrompt(1)).not.toMatch(/<img|onerror/);
		expect(result.notes.map((note) => note.kind)).toEqual(['markup_removed']);
	});

	it('leaves angle brackets that are not markup alone, without a note', async () => {
		const bullets = ['Wrote C++ for <3 years', 'Kept p99 <10 ms when load x>5%', 'Proved a < b'];
		const { outcome } = run('role', () => JSON.stringify({ summary: '', bullets }));
		const result = await outcome;
		expect(result.content.bullets).toEqual(bullets);
		expect(result.notes).toEqual([]);
	});
});
