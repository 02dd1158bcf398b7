import { afterEach, describe, expect, it, vi } from 'vitest';

async function connectSources(extraOrigins: string | undefined): Promise<string[]> {
	vi.resetModules();
	if (extraOrigins === undefined) delete process.env.LLM_EXTRA_ORIGINS;
	else process.env.LLM_EXTRA_ORIGINS = extraOrigins;
	const { default: config } = await import('../../svelte.config.js');
	return config.kit?.csp?.directives?.['connect-src'] as string[];
}

/** The providers a person can pick in Settings, and servers on their own computer. */
const PRODUCTION = [
	'self',
	'https://api.groq.com',
	'https://api.openai.com',
	'https://openrouter.ai',
	'https://api.mistral.ai',
	'https://generativelanguage.googleapis.com',
	'http://localhost:*',
	'http://127.0.0.1:*'
];

describe('content security policy at build time', () => {
	const saved = process.env.LLM_EXTRA_ORIGINS;
	afterEach(() => {
		if (saved === undefined) delete process.env.LLM_EXTRA_ORIGINS;
		else process.env.LLM_EXTRA_ORIGINS = saved;
	});

	it('lets a production build talk to the site, the preset providers and local servers only', async () => {
		expect(await connectSources(undefined)).toEqual(PRODUCTION);
	});

	it('adds the origins a self-hoster names, once each', async () => {
		expect(
			await connectSources('https://llm.example.org, http://127.0.0.1:*  https://llm.example.org/')
		).toEqual([...PRODUCTION, 'https://llm.example.org']);
		expect(await connectSources('http://192.168.1.20:11434,https://*.example.net')).toEqual([
			...PRODUCTION,
			'http://192.168.1.20:11434',
			'https://*.example.net'
		]);
	});

	it.each(['*', 'https:', 'https://llm.example.org/v1', 'llm.example.org', 'ftp://files.example'])(
		'stops the build with a message naming %s, which is not an origin',
		async (entry) => {
			await expect(connectSources(`https://fine.example, ${entry}`)).rejects.toThrow(
				`LLM_EXTRA_ORIGINS: "${entry}" is not an origin`
			);
		}
	);
});
