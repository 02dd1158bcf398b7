/**
 * The response cache's key: a SHA-256 (WebCrypto, in browsers and Node alike) of the request in a
 * canonical form. Only what shapes the answer enters it (the request, and who answers it: provider
 * and address, the model being in the request), which is why the API key never can. The
 * answer budget (`maxTokens`) does not: it changes as it is learned, an answer cut off by it is
 * never stored, and a whole answer is the same whatever room it had.
 */
import type { LlmRequest } from './llm-client';

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((key) => [key, canonical((value as Record<string, unknown>)[key])])
		);
	}
	return value;
}

export function canonicalRequest(request: LlmRequest, scope = ''): string {
	return JSON.stringify(
		canonical({
			...(scope ? { provider: scope } : {}),
			model: request.model,
			messages: request.messages.map((message) => ({
				role: message.role,
				content: message.content
			})),
			temperature: request.temperature,
			reasoningEffort: request.reasoningEffort ?? null,
			schema: request.jsonSchema ?? null,
			jsonObject: request.jsonObject === true,
			promptVersion: request.promptVersion ?? null
		})
	);
}

export async function cacheKey(request: LlmRequest, scope = ''): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalRequest(request, scope));
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
