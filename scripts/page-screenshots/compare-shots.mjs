/**
 * Compares two folders of screenshots pixel by pixel (decoded RGBA, not file bytes) and writes,
 * for each pair that differs, a third image with the differing pixels in red over a faded copy.
 *   node scripts/page-screenshots/compare-shots.mjs BEFORE_DIR AFTER_DIR [DIFF_DIR]
 * PNG decoding borrows the pngjs that Playwright bundles, so no new dependency is needed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');
const [before, after, diffDir = join(after ?? '.', '..', 'shots-diff')] = process.argv.slice(2);
if (!before || !after) {
	console.error('Usage: compare-shots.mjs BEFORE_DIR AFTER_DIR [DIFF_DIR]');
	process.exit(2);
}

const read = (path) => PNG.sync.read(readFileSync(path));
let differing = 0;
for (const name of readdirSync(before)
	.filter((file) => file.endsWith('.png'))
	.sort()) {
	const otherPath = join(after, name);
	if (!existsSync(otherPath)) {
		console.log(`${name}: missing after`);
		differing++;
		continue;
	}
	const a = read(join(before, name));
	const b = read(otherPath);
	if (a.width !== b.width || a.height !== b.height) {
		console.log(`${name}: size ${a.width}x${a.height} -> ${b.width}x${b.height}`);
		differing++;
		continue;
	}
	const diff = new PNG({ width: a.width, height: a.height });
	let pixels = 0;
	let top = Infinity;
	let bottom = -1;
	for (let offset = 0; offset < a.data.length; offset += 4) {
		const same =
			a.data[offset] === b.data[offset] &&
			a.data[offset + 1] === b.data[offset + 1] &&
			a.data[offset + 2] === b.data[offset + 2] &&
			a.data[offset + 3] === b.data[offset + 3];
		const row = Math.floor(offset / 4 / a.width);
		if (!same) {
			pixels++;
			top = Math.min(top, row);
			bottom = Math.max(bottom, row);
		}
		diff.data[offset] = same ? 255 - (255 - a.data[offset]) / 4 : 255;
		diff.data[offset + 1] = same ? 255 - (255 - a.data[offset + 1]) / 4 : 0;
		diff.data[offset + 2] = same ? 255 - (255 - a.data[offset + 2]) / 4 : 0;
		diff.data[offset + 3] = 255;
	}
	if (pixels === 0) {
		console.log(`${name}: identical`);
		continue;
	}
	differing++;
	mkdirSync(diffDir, { recursive: true });
	writeFileSync(join(diffDir, name), PNG.sync.write(diff));
	console.log(
		`${name}: ${pixels} pixels differ (rows ${top}-${bottom}), see ${join(diffDir, name)}`
	);
}
for (const name of readdirSync(after).filter((file) => file.endsWith('.png'))) {
	if (!existsSync(join(before, name))) console.log(`${name}: new after`);
}
process.exit(differing === 0 ? 0 : 1);
