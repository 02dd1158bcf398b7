/**
 * Renders static/icons/icon.svg to the PNG sizes the web app manifest needs, with Chromium
 * (no image tool needed). Run after changing the SVG: npx tsx scripts/make-icons.ts
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const svg = await readFile('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const targets = [
	{ file: 'icon-192.png', size: 192, padding: 0, background: 'transparent' },
	{ file: 'icon-512.png', size: 512, padding: 0, background: 'transparent' },
	// Maskable icons are cropped to a circle by some launchers: keep the art in the safe zone.
	{ file: 'icon-maskable-512.png', size: 512, padding: 0.12, background: '#1f5fbf' },
	{ file: 'apple-touch-icon.png', size: 180, padding: 0, background: '#1f5fbf' }
];
for (const target of targets) {
	const page = await browser.newPage({ viewport: { width: target.size, height: target.size } });
	const inner = Math.round(target.size * (1 - 2 * target.padding));
	await page.setContent(
		`<body style="margin:0;background:${target.background};display:grid;place-items:center;height:100vh">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({
		path: `static/icons/${target.file}`,
		omitBackground: target.background === 'transparent'
	});
	await page.close();
}
await browser.close();
console.log('icons written to static/icons/');
