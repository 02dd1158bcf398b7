import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { classicTemplate, compactTemplate } from '$templates/index';
import { buildCvDocument } from './cv-document';
import { renderCvMarkdown } from './cv-markdown';
import {
	HOSTILE_PAYLOADS,
	hostileSession,
	tailoredExampleSession
} from './__fixtures__/tailored-sessions';

describe('renderCvMarkdown', () => {
	it('matches the golden file for the tailored example (classic)', async () => {
		const markdown = renderCvMarkdown(buildCvDocument(tailoredExampleSession(0), classicTemplate));
		await expect(markdown).toMatchFileSnapshot('./__fixtures__/tailored-example.classic.md');
	});

	it('matches the golden file for the tailored example (compact)', async () => {
		const markdown = renderCvMarkdown(buildCvDocument(tailoredExampleSession(0), compactTemplate));
		await expect(markdown).toMatchFileSnapshot('./__fixtures__/tailored-example.compact.md');
	});

	it('turns hostile text into inert text: no tags, handlers or script links', () => {
		const markdown = renderCvMarkdown(buildCvDocument(hostileSession(0), classicTemplate));
		const html = new Marked({ gfm: true, async: false }).parse(markdown, { async: false });
		expect(html).not.toMatch(/<(script|img|svg|iframe|details|a href="javascript)/i);
		// Text may say "onerror=" (escaped, harmless); no actual tag may carry a handler.
		expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
		const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
		for (const href of hrefs) expect(href).toMatch(/^(https:|mailto:)/);
		// The text itself is kept, visibly, for the person to fix.
		expect(html).toContain('&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;');
		expect(HOSTILE_PAYLOADS.length).toBeGreaterThan(5);
	});
});
