import { describe, expect, it } from 'vitest';
import { destinationOf, providerNameOf } from './provider-preset';
import { presetOf } from './provider-presets';

describe('providerNameOf', () => {
	it('names a known provider as people know it', () => {
		expect(providerNameOf(presetOf('openai'), 'https://api.openai.com/v1')).toBe('OpenAI');
		expect(providerNameOf(presetOf('ollama'), 'http://localhost:11434/v1')).toBe('Ollama');
	});

	it("names a Custom address by its host, and 'the server' while it has none", () => {
		const custom = presetOf('custom');
		expect(providerNameOf(custom, 'https://llm.example.org:8443/v1')).toBe('llm.example.org:8443');
		expect(providerNameOf(custom, '')).toBe('the server');
	});
});

describe('destinationOf', () => {
	it('says where requests go, a Custom address by its host', () => {
		expect(destinationOf(presetOf('lmstudio'), 'http://localhost:1234/v1')).toBe(
			'to LM Studio on this computer'
		);
		expect(destinationOf(presetOf('custom'), 'https://llm.example.org/v1')).toBe(
			'to llm.example.org'
		);
	});
});
