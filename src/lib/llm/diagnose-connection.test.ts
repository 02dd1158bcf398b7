/**
 * The sentence Test connection shows when nothing came back: a refused preflight, a server that
 * is not there, and an address this build's policy forbids must each read differently.
 */
import { describe, expect, it } from 'vitest';
import { connectSources } from './csp-allows';
import {
	blockedByPolicy,
	diagnoseUnreachable,
	type ConnectionEnvironment
} from './diagnose-connection';
import { PROVIDER_ORIGINS } from './provider-origins.js';
import { PROVIDER_PRESETS } from './provider-presets';

function environment(
	answer: 'listening' | 'nothing',
	pageUrl = 'https://cv.example.org/settings'
): ConnectionEnvironment & { probed: string[] } {
	const probed: string[] = [];
	return {
		pageUrl,
		connectSources: connectSources(
			`default-src 'self'; connect-src 'self' ${PROVIDER_ORIGINS.join(' ')}`
		),
		probed,
		async probe(url) {
			probed.push(url);
			return answer;
		}
	};
}

describe('diagnoseUnreachable', () => {
	it('an Ollama that answers but refused the preflight gets the OLLAMA_ORIGINS sentence', async () => {
		const env = environment('listening');
		const message = await diagnoseUnreachable(
			PROVIDER_PRESETS.ollama,
			'http://localhost:11434/v1',
			env
		);
		expect(message).toMatch(/^Ollama is running but does not allow this site\./);
		expect(message).toContain('OLLAMA_ORIGINS=https://cv.example.org ollama serve');
		expect(env.probed).toEqual(['http://localhost:11434/v1/models']);
	});

	it("LM Studio's refusal points at its CORS switch", async () => {
		const message = await diagnoseUnreachable(
			PROVIDER_PRESETS.lmstudio,
			'http://localhost:1234/v1',
			environment('listening')
		);
		expect(message).toMatch(/Enable CORS/);
	});

	it('a local server that is not there is told apart from one that refuses', async () => {
		const message = await diagnoseUnreachable(
			PROVIDER_PRESETS.ollama,
			'http://localhost:11434/v1',
			environment('nothing')
		);
		expect(message).toMatch(
			/^Nothing answers at localhost:11434: Ollama does not seem to be running\./
		);
		expect(message).toMatch(/allow it\.$/);
		const fromLocalPage = await diagnoseUnreachable(
			PROVIDER_PRESETS.ollama,
			'http://localhost:11434/v1',
			environment('nothing', 'http://localhost:4173/settings')
		);
		expect(fromLocalPage).not.toMatch(/allow it/);
	});

	it('a cloud provider that cannot be reached gets the connection sentence', async () => {
		const message = await diagnoseUnreachable(
			PROVIDER_PRESETS.openai,
			'https://api.openai.com/v1',
			environment('nothing')
		);
		expect(message).toMatch(/^Could not reach api\.openai\.com\. Check your connection/);
	});
});

describe('blockedByPolicy', () => {
	it('names the build setting for a Custom address the policy does not allow, and makes no request', async () => {
		const env = environment('listening');
		const message = blockedByPolicy(PROVIDER_PRESETS.custom, 'https://llm.example.org/v1', env);
		expect(message).toContain('LLM_EXTRA_ORIGINS="https://llm.example.org" npm run build');
		expect(
			await diagnoseUnreachable(PROVIDER_PRESETS.custom, 'https://llm.example.org/v1', env)
		).toBe(message);
		expect(env.probed).toEqual([]);
	});

	it('lets a preset address and a page without a policy through', () => {
		expect(
			blockedByPolicy(PROVIDER_PRESETS.openai, 'https://api.openai.com/v1', environment('nothing'))
		).toBeUndefined();
		const noPolicy = { ...environment('nothing'), connectSources: undefined };
		expect(
			blockedByPolicy(PROVIDER_PRESETS.custom, 'https://llm.example.org/v1', noPolicy)
		).toBeUndefined();
	});
});
