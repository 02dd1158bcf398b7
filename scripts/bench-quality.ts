/**
 * Quality benchmark for issue 8: the fabrication guard against generated bullets with planted
 * fabrications (src/lib/match/__fixtures__/guard-cases.ts) and term extraction against job ads
 * with key terms marked by hand (job-ads.ts), plus held-out sets each written before the change
 * it measured: held-out.ts (written after the first extractor), held-out-professions.ts
 * (professions absent from the rest, written before the vocabulary was broadened by profession,
 * but in view while it was), held-out-post-hoc.ts (written after all of that),
 * held-out-issue17.ts (written before the phrase extractor) and held-out-fresh.ts (written before
 * the phrase finder's second pass; only its first run, quoted below, is unseen), and the blind
 * sets held-out-blind.ts / held-out-blind-guard.ts (written by someone who had not read the
 * extractor or the guard, kept unopened during the third pass; its first runs are quoted below).
 * Prints per-case details, one line per set, then the summary.
 *
 * Guard: a finding is right when it overlaps a planted fabrication in the same bullet; a planted
 * fabrication is caught when some finding overlaps it. Terms: an extracted term is right when it
 * names a marked term (any of the mark's spellings, or the same vocabulary entry); a mark is found
 * when some extracted term names it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARD_CASES, type GuardCase } from '../src/lib/match/__fixtures__/guard-cases';
import { fixtureSubject, type FixtureSubject } from '../src/lib/match/__fixtures__/guard-profiles';
import { HELD_OUT_BLIND_ADS } from '../src/lib/match/__fixtures__/held-out-blind';
import {
	BLIND_GUARD_CASES,
	blindGuardSubject,
	type BlindGuardCase
} from '../src/lib/match/__fixtures__/held-out-blind-guard';
import { HELD_OUT_GUARD_CASES, HELD_OUT_JOB_ADS } from '../src/lib/match/__fixtures__/held-out';
import { HELD_OUT_FRESH_ADS } from '../src/lib/match/__fixtures__/held-out-fresh';
import { HELD_OUT_ISSUE17_ADS } from '../src/lib/match/__fixtures__/held-out-issue17';
import { HELD_OUT_POST_HOC_ADS } from '../src/lib/match/__fixtures__/held-out-post-hoc';
import { HELD_OUT_PROFESSION_ADS } from '../src/lib/match/__fixtures__/held-out-professions';
import { MARKED_JOB_ADS, type MarkedJobAd } from '../src/lib/match/__fixtures__/job-ads';
import { extractTerms, type Term } from '../src/lib/match/extract-terms';
import { findUnsupportedClaims } from '../src/lib/match/fabrication-guard';
import { findMentions } from '../src/lib/match/find-mentions';
import { guardSourcesFor } from '../src/lib/match/guard-sources';
import { instructionWords } from '../src/lib/match/instruction-words';
import { loadTagger } from '../src/lib/match/phrase-tagger';
import { PROMPT_NAMES } from '../src/lib/pipeline/prompt-source';

/** Fixed so the figures do not change with the calendar (current roles end "now"). */
const CURRENT_YEAR = 2025;

/** The tailoring prompts as the app bundles them (tsx cannot import `?raw`): not claims. */
const PROMPT_FOLDER = join(import.meta.dirname, '..', 'prompts');
const PROMPT_WORDS = instructionWords(
	PROMPT_NAMES.map((name) => readFileSync(join(PROMPT_FOLDER, `${name}.md`), 'utf8'))
);

interface Span {
	bulletIndex: number;
	start: number;
	end: number;
}

function expectedSpan(testCase: Pick<GuardCase, 'name' | 'text' | 'bullets'>, text: string): Span {
	const segments = [testCase.text ?? '', ...testCase.bullets];
	for (const [position, segment] of segments.entries()) {
		const start = segment.indexOf(text);
		if (start >= 0) return { bulletIndex: position - 1, start, end: start + text.length };
	}
	throw new Error(`Fixture "${testCase.name}": expected text "${text}" is not in the content.`);
}

function overlaps(a: Span, b: Span): boolean {
	return a.bulletIndex === b.bulletIndex && a.start < b.end && b.start < a.end;
}

/** Counts rather than ratios, so that sets can be added up before dividing. */
interface Score {
	reported: number;
	reportedRight: number;
	expected: number;
	expectedFound: number;
}

function add(a: Score, b: Score): Score {
	return {
		reported: a.reported + b.reported,
		reportedRight: a.reportedRight + b.reportedRight,
		expected: a.expected + b.expected,
		expectedFound: a.expectedFound + b.expectedFound
	};
}

function precision(score: Score): number {
	return score.reported === 0 ? 1 : score.reportedRight / score.reported;
}

function recall(score: Score): number {
	return score.expected === 0 ? 1 : score.expectedFound / score.expected;
}

function benchGuard<Case extends GuardCase | BlindGuardCase>(
	cases: Case[],
	label: string,
	subjectOf: (testCase: Case) => FixtureSubject
): Score {
	let findingsTotal = 0;
	let findingsRight = 0;
	let plantedTotal = 0;
	let plantedCaught = 0;
	let kindAgreements = 0;
	for (const testCase of cases) {
		const { profile, job } = subjectOf(testCase);
		const list = testCase.kind === 'role' ? profile.roles : profile.projects;
		const sourceId = testCase.source === undefined ? '' : (list[testCase.source]?.id ?? '');
		const sources = guardSourcesFor(
			{ kind: testCase.kind, sourceId },
			profile,
			job,
			CURRENT_YEAR,
			PROMPT_WORDS
		);
		const findings = findUnsupportedClaims(
			{ text: testCase.text ?? '', bullets: testCase.bullets },
			sources
		);
		const planted = testCase.expected.map((expected) => ({
			...expected,
			span: expectedSpan(testCase, expected.text)
		}));
		const wrong = findings.filter((finding) => !planted.some((p) => overlaps(p.span, finding)));
		const missed = planted.filter((p) => !findings.some((finding) => overlaps(p.span, finding)));
		findingsTotal += findings.length;
		findingsRight += findings.length - wrong.length;
		plantedTotal += planted.length;
		plantedCaught += planted.length - missed.length;
		kindAgreements += planted.filter((p) =>
			findings.some((finding) => overlaps(p.span, finding) && finding.kind === p.kind)
		).length;
		const notes = [
			...wrong.map((finding) => `false alarm ${finding.kind} "${finding.text}"`),
			...missed.map((p) => `missed ${p.kind} "${p.text}"`)
		];
		console.log(
			`guard  ${notes.length === 0 ? 'ok  ' : 'FAIL'} ${testCase.name}${notes.length ? ': ' + notes.join('; ') : ''}`
		);
	}
	const bullets = cases.reduce(
		(sum, testCase) => sum + testCase.bullets.length + (testCase.text ? 1 : 0),
		0
	);
	console.log(
		`guard ${label}: ${cases.length} cases, ${bullets} generated bullets/paragraphs, ${plantedTotal} planted fabrications, ${findingsTotal} findings, kind agreement ${kindAgreements}/${plantedCaught}`
	);
	return {
		reported: findingsTotal,
		reportedRight: findingsRight,
		expected: plantedTotal,
		expectedFound: plantedCaught
	};
}

/** A mark's spellings and the vocabulary entries they name. */
function markKeys(mark: string): Set<string> {
	const keys = new Set<string>();
	for (const spelling of mark.split('|')) {
		keys.add(spelling.toLowerCase());
		const mentions = findMentions(spelling);
		const whole = mentions.find(
			(mention) => mention.start === 0 && mention.end === spelling.length
		);
		if (whole) keys.add(whole.entry.canonical.toLowerCase());
	}
	return keys;
}

function names(term: Term, keys: Set<string>): boolean {
	return keys.has(term.canonical.toLowerCase()) || keys.has(term.term.toLowerCase());
}

function benchTerms(ads: MarkedJobAd[], label: string): Score {
	let extractedTotal = 0;
	let extractedRight = 0;
	let marksTotal = 0;
	let marksFound = 0;
	for (const ad of ads) {
		const terms = extractTerms({ description: ad.text, similarDescriptions: [] });
		const marks = ad.keyTerms.map((mark) => ({ mark, keys: markKeys(mark) }));
		const extra = terms.filter((term) => !marks.some((mark) => names(term, mark.keys)));
		const missed = marks.filter((mark) => !terms.some((term) => names(term, mark.keys)));
		extractedTotal += terms.length;
		extractedRight += terms.length - extra.length;
		marksTotal += marks.length;
		marksFound += marks.length - missed.length;
		console.log(
			`terms  ${ad.name}: ${terms.length} extracted, ${marks.length} marked; not marked: ${extra.map((term) => term.term).join(', ') || '-'}; missed: ${missed.map((mark) => mark.mark).join(', ') || '-'}`
		);
	}
	console.log(
		`terms ${label}: ${ads.length} ads, ${marksTotal} marked terms, ${extractedTotal} extracted`
	);
	return {
		reported: extractedTotal,
		reportedRight: extractedRight,
		expected: marksTotal,
		expectedFound: marksFound
	};
}

function figures(guard: Score, terms: Score): string {
	return `guard_precision=${precision(guard).toFixed(2)} guard_recall=${recall(guard).toFixed(2)} terms_precision=${precision(terms).toFixed(2)} terms_recall=${recall(terms).toFixed(2)}`;
}

function termFigures(terms: Score): string {
	return `terms_precision=${precision(terms).toFixed(2)} terms_recall=${recall(terms).toFixed(2)}`;
}

// The app loads the tagger lazily with the match panel; here it is loaded before anything runs.
const tagger = await loadTagger();
const fixtureCase = (testCase: GuardCase) => fixtureSubject(testCase.person);
const mainGuard = benchGuard(GUARD_CASES, 'main', fixtureCase);
const heldOutGuard = benchGuard(HELD_OUT_GUARD_CASES, 'held-out', fixtureCase);
const blindGuard = benchGuard(BLIND_GUARD_CASES, 'blind', (testCase) =>
	blindGuardSubject(testCase.person)
);
const mainTerms = benchTerms(MARKED_JOB_ADS, 'main');
const firstHeldOutTerms = benchTerms(HELD_OUT_JOB_ADS, 'held-out (first set)');
const professionTerms = benchTerms(HELD_OUT_PROFESSION_ADS, 'held-out (professions)');
const postHocTerms = benchTerms(HELD_OUT_POST_HOC_ADS, 'held-out (post-hoc)');
const issue17Terms = benchTerms(HELD_OUT_ISSUE17_ADS, 'held-out (issue 17)');
const freshTerms = benchTerms(HELD_OUT_FRESH_ADS, 'held-out (fresh)');
const blindTerms = benchTerms(HELD_OUT_BLIND_ADS, 'held-out (blind)');
const heldOutTerms = add(add(firstHeldOutTerms, professionTerms), postHocTerms);

/**
 * An ad plus three similar ones, as the Tailor tab extracts them; the first call pays warm-up.
 * Extraction remembers what it read of each ad, so the figure is a re-extraction over the same
 * ads; the cost of reading four ads afresh (with their lines tagged) is printed beside it.
 */
let firstSight = 0;
function timeExtraction(): number {
	const cold = {
		description: 'Requirements\n- Warm-up line with a noun phrase.',
		similarDescriptions: []
	};
	extractTerms(cold, tagger);
	const [main, ...similar] = HELD_OUT_ISSUE17_ADS.map((ad) => ad.text);
	const job = { description: main ?? '', similarDescriptions: similar.slice(0, 3) };
	extractTerms(job);
	const runs = 10;
	// Ads not read before (a changed line ending), their lines already tagged: the cost of reading.
	const unreadStarted = performance.now();
	for (let run = 1; run <= runs; run += 1) {
		const [description = '', ...similarDescriptions] = [
			job.description,
			...job.similarDescriptions
		].map((ad) => ad + '\n'.repeat(run));
		extractTerms({ description, similarDescriptions });
	}
	firstSight = (performance.now() - unreadStarted) / runs;
	const started = performance.now();
	for (let run = 0; run < runs; run += 1) extractTerms(job);
	return (performance.now() - started) / runs;
}
console.log(
	`extraction of an ad plus three similar ones: ${timeExtraction().toFixed(1)} ms (reading them afresh, lines already tagged: ${firstSight.toFixed(1)} ms)`
);

// The main set is what the vocabulary was written after seeing; the held-out sets were not, and
// are shown apart so the gap between "fitted" and "unseen" stays visible.
console.log(`main only: ${figures(mainGuard, mainTerms)}`);
console.log(`held-out (first set: 2 ads): ${termFigures(firstHeldOutTerms)}`);
console.log(
	`held-out (professions: ${HELD_OUT_PROFESSION_ADS.length} ads): ${termFigures(professionTerms)}`
);
console.log(
	`held-out (post-hoc: ${HELD_OUT_POST_HOC_ADS.length} ads, written last): ${termFigures(postHocTerms)}`
);
console.log(`held-out only: ${figures(heldOutGuard, heldOutTerms)}`);
console.log(
	`held-out (issue 17: ${HELD_OUT_ISSUE17_ADS.length} ads, written before its extractor): ${termFigures(issue17Terms)}`
);
// The fresh set was marked before the extractor ever ran on it; its per-ad lines were then read
// while the phrase finder was tuned, so only its first run is a held-out figure. Both are shown.
console.log(
	`held-out (fresh: ${HELD_OUT_FRESH_ADS.length} ads), first run before any tuning (2026-12-01, measured once, not recomputed): terms_precision=0.60 terms_recall=0.60`
);
console.log(
	`held-out (fresh: ${HELD_OUT_FRESH_ADS.length} ads), now (tuned while its misses were in view): ${termFigures(freshTerms)}`
);
// The blind sets were written and marked by a helper who had not read the extractor or the guard,
// while the tuning of 2026-12-01 went on without opening them; their first runs (before and after
// that tuning) are fixed figures. Their per-ad lines are printed above from now on, so later runs
// are no longer blind: the next pass needs a newer set.
console.log(
	`held-out (blind: ${HELD_OUT_BLIND_ADS.length} ads, ${BLIND_GUARD_CASES.length} guard cases), first run before the tuning of 2026-12-01 (measured once, not recomputed): terms_precision=0.59 terms_recall=0.76 guard_precision=0.91 guard_recall=0.87; after it, still unseen: terms_precision=0.59 terms_recall=0.77 guard_precision=0.93 guard_recall=0.89`
);
console.log(`held-out (blind), now: ${figures(blindGuard, blindTerms)}`);
// The last line is the honest overall figure: every guard case of every set pooled (counts added,
// then divided), and the main and older held-out ads pooled for terms, so a good score on the
// fitted cases cannot hide a poor one on unseen ones. heldout_* is the blind set, the newest set
// written before tuning, as the issue asks. The issue-17 and fresh sets (seen while tuning) are
// shown on their own lines above, not in the pooled terms figures.
console.log(
	`quality: ${figures(add(add(mainGuard, heldOutGuard), blindGuard), add(mainTerms, heldOutTerms))} heldout_terms_precision=${precision(blindTerms).toFixed(2)} heldout_terms_recall=${recall(blindTerms).toFixed(2)}`
);
