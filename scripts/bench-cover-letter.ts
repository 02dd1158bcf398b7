/**
 * What a cover letter costs and how it prints (issue 18): tailors the example CV through the real
 * pipeline and LLM stack against the mock Groq server (every item accepted as soon as it is
 * ready, as bench:pipeline does), then asks for a standard-length letter, accepts it, and exports
 * it as a PDF in Node with the app's own code and fonts.
 *
 *   npm run bench:cover-letter
 *
 * Last line: cover_letter: calls=<n> extra_calls=<n> words=<n> pages=<n>
 *   calls        chat requests for the whole session, letter included
 *   extra_calls  those the letter added (1 unless it had to be asked again)
 *   words        words of the letter's body
 *   pages        pages of the letter's PDF (a letter should be one)
 */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allItems, countWords, exampleSession, LETTER_WORDS } from '../src/lib/domain';
import { renderCoverLetterPdf } from '../src/lib/export/cover-letter/render-cover-letter-pdf';
import { sessionCoverLetter } from '../src/lib/export/cover-letter/session-cover-letter';
import { fileFontLoader } from '../src/lib/export/node/file-font-loader';
import { createLlmStack } from '../src/lib/llm/llm-stack';
import { limitsFor } from '../src/lib/llm/model-limits';
import { TailoringOrchestrator } from '../src/lib/pipeline/orchestrator';
import { defaultPipelineSettings } from '../src/lib/pipeline/pipeline-settings';
import { PROMPT_NAMES, type PromptSource } from '../src/lib/pipeline/prompt-source';
import { MemorySessionAccess } from '../src/lib/pipeline/testing/memory-session-access';
import { getTemplate } from '../templates';
import { startMockGroq } from '../tests/mock-groq/server';
import { pdfInfo } from '../tests/fixtures/export/pdf-inspect';

/** One Groq minute is 3 s, as in bench:pipeline: the free tier's limits shape the run quickly. */
const TIME_SCALE = 20;

/** The prompt files as the app bundles them; tsx cannot import `?raw`, so read them here. */
function promptsFromDisk(): PromptSource {
	const folder = join(import.meta.dirname, '..', 'prompts');
	return Object.fromEntries(
		PROMPT_NAMES.map((name) => [name, readFileSync(join(folder, `${name}.md`), 'utf8')])
	) as PromptSource;
}

const mock = await startMockGroq({ timeScale: TIME_SCALE, reasoning: 'realistic' });
try {
	const stack = createLlmStack({
		connection: () => ({ apiKey: mock.apiKey, baseURL: mock.url }),
		limits: (model) => limitsFor({}, model),
		minuteMs: 60_000 / TIME_SCALE,
		dayMs: 86_400_000 / TIME_SCALE
	});
	const session = exampleSession(Date.now());
	session.coverLetter.length = 'standard';
	const access = new MemorySessionAccess(session);
	const settings = defaultPipelineSettings();
	const orchestrator = new TailoringOrchestrator({
		session: access,
		llm: stack.client,
		prompts: promptsFromDisk(),
		settings: () => settings
	});
	const chats = () =>
		mock.requests.filter(
			(request) => request.method === 'POST' && request.path.endsWith('/chat/completions')
		).length;

	await orchestrator.recover();
	for (;;) {
		const outcome = await orchestrator.generateNext();
		if (outcome.kind === 'done') break;
		if (outcome.kind !== 'generated') throw new Error(`The CV stopped: ${JSON.stringify(outcome)}`);
		await orchestrator.accept(outcome.itemId);
	}
	const cvCalls = chats();
	const cvItems = allItems(access.stored.cv).filter((item) => item.kind !== 'cover_letter');
	if (cvItems.some((item) => item.status !== 'accepted')) {
		throw new Error('The CV ended with items that are not accepted.');
	}

	const written = await orchestrator.writeCoverLetter();
	if (written.kind !== 'generated') {
		throw new Error(`The letter was not written: ${JSON.stringify(written)}`);
	}
	await orchestrator.accept(written.itemId);
	const calls = chats();
	const letterItem = allItems(access.stored.cv).find((item) => item.kind === 'cover_letter');
	const words = countWords(letterItem?.content.text ?? '');

	const template = getTemplate(access.stored.exportPreferences.template);
	const paper = access.stored.exportPreferences.paper;
	const letter = sessionCoverLetter(access.stored, template.id, paper, Date.now());
	if (!letter) throw new Error('The accepted letter did not reach the export.');
	const pdf = await renderCoverLetterPdf(letter, template, fileFontLoader());
	const path = join(mkdtempSync(join(tmpdir(), 'aicvgen-bench-letter-')), 'cover-letter.pdf');
	writeFileSync(path, pdf.bytes);
	// Read back as a reader would, not from the layout that made it.
	const pages = pdfInfo(path).pages;

	console.log(
		`CV: ${cvItems.length} items in ${cvCalls} calls; letter (${session.coverLetter.length}, ` +
			`~${LETTER_WORDS.standard} words asked): ${words} words, ${letter.paragraphs.length} paragraphs, ` +
			`${template.id} on ${paper}, ${pdf.bytes.length} bytes -> ${path}`
	);
	console.log(
		`cover_letter: calls=${calls} extra_calls=${calls - cvCalls} words=${words} pages=${pages}`
	);
} finally {
	await mock.close();
}
