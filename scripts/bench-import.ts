/**
 * The CV import benchmark (issue 15): reads every CV in tests/fixtures/cv-import/files with the
 * deterministic importer, as the CLI does, and scores it field by field against the expected
 * profile written by hand. Prints a line per file and per set, then, as its last line:
 *
 *   import: files=<n> field_precision=<x> field_recall=<x> invented=<n> roundtrip=<x> ms_per_page=<n>
 *
 *   npm run bench:import [-- --verbose]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importCvFile } from '../src/lib/cv-import';
import { nodeExtractors } from '../src/lib/cv-import/node/node-extractors';
import { parseSessionFile } from '../src/lib/domain/session-file';
import { buildCvDocument } from '../src/lib/export/cv-document';
import { renderCvMarkdown } from '../src/lib/export/cv-markdown';
import { getTemplate } from '../templates/index';
import { inventedValues } from './bench-import-invented';
import { roundtripFields, scoreRoundtrip } from './bench-import-roundtrip';
import { scoreProfile, type ExpectedProfile, type Score } from './bench-import-score';
import { writtenFields, writtenProfile } from './bench-import-written';

const CORPUS = join(import.meta.dirname, '../tests/fixtures/cv-import');
const verbose = process.argv.includes('--verbose');

interface Expectation extends Partial<ExpectedProfile> {
	file: string;
	set: string;
	profession: string;
	session?: string;
	refusal?: string;
}

interface Totals {
	files: number;
	expected: number;
	found: number;
	correct: number;
	invented: number;
}

const emptyTotals = (): Totals => ({ files: 0, expected: 0, found: 0, correct: 0, invented: 0 });
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole).toFixed(3);

async function expectations(): Promise<Expectation[]> {
	const names = (await readdir(join(CORPUS, 'expected')))
		.filter((name) => name.endsWith('.json'))
		.sort();
	return Promise.all(
		names.map(
			async (name) =>
				JSON.parse(await readFile(join(CORPUS, 'expected', name), 'utf8')) as Expectation
		)
	);
}

async function sessionExpectation(expectation: Expectation) {
	const text = await readFile(join(CORPUS, 'sources', expectation.session!), 'utf8');
	const parsed = parseSessionFile(text, 0);
	if (!parsed.ok) throw new Error(`${expectation.session}: ${parsed.message}`);
	const template = getTemplate(/-compact\./.test(expectation.file) ? 'compact' : 'classic');
	const markdown = renderCvMarkdown(buildCvDocument(parsed.value, template));
	return {
		profile: writtenProfile(parsed.value.profile, markdown),
		fields: writtenFields(roundtripFields(parsed.value.profile), markdown)
	};
}

/** Reads a file three times and keeps the median time: the machine may be busy with other work. */
async function read(file: string, rounds = 3) {
	const bytes = new Uint8Array(await readFile(join(CORPUS, 'files', file)));
	const times: number[] = [];
	let result = await importCvFile({ name: file, bytes }, nodeExtractors);
	for (let round = 0; round < rounds; round += 1) {
		const started = performance.now();
		result = await importCvFile({ name: file, bytes }, nodeExtractors);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { result, ms: times[Math.floor(times.length / 2)]! };
}

async function main(): Promise<void> {
	const all = await expectations();
	// Loading pdf.js and mammoth once is not what a page costs: warm them up first.
	for (const file of ['nurse-classic.pdf', 'nurse-classic.docx']) await read(file, 1);
	const sets = new Map<string, Totals>();
	const overall = emptyTotals();
	let roundtripTotal = 0;
	let roundtripRecovered = 0;
	let milliseconds = 0;
	let pages = 0;
	for (const expectation of all) {
		const { result, ms } = await read(expectation.file);
		const totals = sets.get(expectation.set) ?? emptyTotals();
		sets.set(expectation.set, totals);
		let score: Pick<Score, 'expected' | 'found' | 'correct' | 'misses' | 'extras'>;
		let invented: string[] = [];
		let roundtrip = '';
		if (expectation.refusal) {
			const correct = !result.ok && result.message === expectation.refusal ? 1 : 0;
			score = {
				expected: 1,
				found: 1,
				correct,
				misses: correct ? [] : [`refusal: got ${result.ok ? 'a profile' : `"${result.message}"`}`],
				extras: []
			};
		} else if (!result.ok) {
			score = {
				expected: 1,
				found: 0,
				correct: 0,
				misses: [`refused: ${result.message}`],
				extras: []
			};
		} else {
			const expected = expectation.session ? await sessionExpectation(expectation) : null;
			score = scoreProfile(
				expected ? expected.profile : (expectation as ExpectedProfile & Expectation),
				result.profile
			);
			invented = inventedValues(result.profile, result.text);
			if (expected) {
				const back = scoreRoundtrip(expected.fields, result.profile);
				roundtripTotal += back.total;
				roundtripRecovered += back.recovered;
				roundtrip = ` roundtrip=${ratio(back.recovered, back.total)}`;
				if (verbose) for (const miss of back.misses) console.log(`    roundtrip ${miss}`);
			}
		}
		const filePages = result.ok ? result.pages : 1;
		milliseconds += ms;
		pages += filePages;
		for (const target of [totals, overall]) {
			target.files += 1;
			target.expected += score.expected;
			target.found += score.found;
			target.correct += score.correct;
			target.invented += invented.length;
		}
		console.log(
			`${expectation.file.padEnd(30)} ${expectation.set.padEnd(6)} precision=${ratio(score.correct, score.found)} recall=${ratio(score.correct, score.expected)} (${score.correct}/${score.found}/${score.expected}) invented=${invented.length}${roundtrip} ms_per_page=${Math.round(ms / filePages)}`
		);
		if (verbose)
			for (const line of [
				...score.misses,
				...score.extras,
				...invented.map((value) => `invented: "${value}"`)
			])
				console.log(`    ${line}`);
	}
	for (const [name, totals] of sets)
		console.log(
			`set ${name}: files=${totals.files} field_precision=${ratio(totals.correct, totals.found)} field_recall=${ratio(totals.correct, totals.expected)} invented=${totals.invented}`
		);
	console.log(
		`import: files=${overall.files} field_precision=${ratio(overall.correct, overall.found)} field_recall=${ratio(overall.correct, overall.expected)} invented=${overall.invented} roundtrip=${ratio(roundtripRecovered, roundtripTotal)} ms_per_page=${Math.round(milliseconds / Math.max(1, pages))}`
	);
}

await main();
