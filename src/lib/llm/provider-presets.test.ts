/**
 * The preset table against the build's content security policy: a preset whose address the
 * policy does not allow would fail for every person who picks it, with a bare network error.
 */
import { describe, expect, it } from 'vitest';
import { cspAllows } from './csp-allows';
import { PROVIDER_ORIGINS } from './provider-origins.js';
import { PROVIDER_IDS, PROVIDER_PRESETS, structuredOutputFor } from './provider-presets';

const PAGE = 'https://cv.example.org/settings';

describe('provider presets', () => {
	it.each(PROVIDER_IDS.filter((id) => id !== 'custom'))(
		"%s's base URL is allowed by the build's connect-src",
		(id) => {
			const { baseUrl, chatPath } = PROVIDER_PRESETS[id];
			expect(cspAllows(PROVIDER_ORIGINS, `${baseUrl}${chatPath}`, PAGE)).toBe(true);
		}
	);

	it('local servers need no key, have no minute limits and wait long for an answer', () => {
		for (const id of ['ollama', 'lmstudio', 'llamacpp'] as const) {
			const preset = PROVIDER_PRESETS[id];
			expect(preset.local).toBe(true);
			expect(preset.key.required).toBe(false);
			expect(preset.limits.rpm).toBeGreaterThanOrEqual(10_000);
			expect(preset.timeoutMs).toBeGreaterThanOrEqual(300_000);
			expect(preset.destination).toMatch(/on this computer$/);
		}
	});

	it("reads Groq's request header as the day's and OpenAI's as the minute's", () => {
		expect(PROVIDER_PRESETS.groq.rateLimitHeaders).toBe('groq');
		expect(PROVIDER_PRESETS.openai.rateLimitHeaders).toBe('openai');
	});

	it('asks Groq for a strict schema only from the models that honour one', () => {
		const groq = PROVIDER_PRESETS.groq;
		expect(structuredOutputFor(groq, 'openai/gpt-oss-120b')).toBe('json_schema');
		expect(structuredOutputFor(groq, 'qwen/qwen3.8-27b')).toBe('text');
		expect(structuredOutputFor(PROVIDER_PRESETS.lmstudio, 'any')).toBe('json_schema');
		expect(PROVIDER_PRESETS.lmstudio.acceptsJsonObject).toBe(false);
	});
});

describe('cspAllows', () => {
	const sources = ["'self'", ...PROVIDER_ORIGINS];
	it.each([
		['https://api.groq.com/openai/v1/models', true],
		['http://localhost:11434/v1/models', true],
		['http://127.0.0.1:1234/v1', true],
		['https://cv.example.org/version.json', true],
		['https://api.groq.com.evil.example/v1', false],
		['http://192.168.1.20:11434/v1', false],
		['https://llm.example.org/v1', false],
		['http://api.openai.com/v1', false]
	])('%s → %s', (url, allowed) => {
		expect(cspAllows(sources, url, PAGE)).toBe(allowed);
	});
});
