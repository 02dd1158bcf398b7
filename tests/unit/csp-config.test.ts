import { afterEach, describe, expect, it, vi } from 'vitest';

async function connectSources(extraOrigins: string | undefined): Promise<string[]> {
	vi.resetModules();
	if (extraOrigins === undefined) delete process.env.LLM_EXTRA_ORIGINS;
	else process.env.LLM_EXTRA_ORIGINS = extraOrigins;
	const { default: config } = await import('../../svelte.config.js');
	return config.kit?.csp?.directives?.['connect-src'] as string[];
}

describe('content security policy at build time', () => {
	const saved = process.env.LLM_EXTRA_ORIGINS;
	afterEach(() => {
		if (saved === undefined) delete process.env.LLM_EXTRA_ORIGINS;
		else process.env.LLM_EXTRA_ORIGINS = saved;
	});

	it('lets a production build talk to the site and Groq only', async () => {
		expect(await connectSources(undefined)).toEqual(['self', 'https://api.groq.com']);
	});

	it('adds the origins a self-hoster or the test build names', async () => {
		expect(await connectSources('https://llm.example.org, http://127.0.0.1:*')).toEqual([
			'self',
			'https://api.groq.com',
			'https://llm.example.org',
			'http://127.0.0.1:*'
		]);
	});
});
