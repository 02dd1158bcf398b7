/**
 * Soak with random faults: tailors many whole CVs through the real pipeline, LLM stack and
 * storage against the mock Groq server, which injects faults from the fault matrix at random
 * (fixed seed), while the script reloads, goes offline and presses Retry like a person would.
 * Prints what was injected, what the person was told, completed CVs, lost or corrupted items and
 * errors shown without an explanation; the last line is the summary.
 *
 *   npm run bench:faults                 24 CVs, seed 20250310
 *   npm run bench:faults -- --runs 40 --seed 7
 */
import { parseArgs } from 'node:util';
import { runSoak } from './fault-soak';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '24' },
		seed: { type: 'string', default: '20250310' }
	}
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
	console.error(
		'Usage: npm run bench:faults -- [--runs <whole number ≥ 1>] [--seed <whole number>]'
	);
	process.exit(2);
}

console.log(`Fault soak: ${runs} CVs, seed ${seed}`);
const report = await runSoak({ runs, seed, progress: (line) => console.log(`  ${line}`) });

console.log('\nInjected faults and disruptions:');
for (const [kind, count] of Object.entries(report.injected).sort((a, b) => b[1] - a[1])) {
	console.log(`  ${kind.padEnd(24)} ${count}`);
}
console.log('\nWhat the person was told (message — next step), how often:');
for (const [message, count] of [...report.messages].sort((a, b) => b[1] - a[1])) {
	console.log(`  ${String(count).padStart(4)}× ${message}`);
}
console.log('');
console.log(
	`Retry pressed by the person: ${report.userRetries}; items given up: ${report.givenUp}`
);
console.log(`Completed CVs: ${report.completed} of ${report.runs}`);
console.log(`Lost or corrupted items: ${report.lost}`);
for (const detail of report.lostDetails) console.log(`  ${detail}`);
console.log(`Errors shown without an explanation: ${report.unexplained}`);
for (const detail of report.unexplainedDetails) console.log(`  ${detail}`);
console.log(`Time: ${(report.elapsedMs / 1000).toFixed(1)} s`);
console.log(
	`faults: runs=${report.runs} injected=${report.injectedTotal} lost=${report.lost} unexplained=${report.unexplained}`
);
