/**
 * Where the API key may be sent. Only an encrypted connection may carry it, except to this
 * machine (a local model server, mock or proxy). Groq's address is kept as its origin (its client
 * adds `/openai/v1`); another provider's keeps its path, and an address without one gets the
 * preset's (`http://localhost:11434` → `http://localhost:11434/v1`).
 */
import { normalizeBaseUrl } from './groq-client';
import type { ProviderPreset } from './provider-presets';

export function checkBaseUrl(
	text: string,
	preset?: ProviderPreset
): { ok: true; url: string } | { ok: false; message: string } {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return { ok: false, message: 'Enter a full address, such as https://api.groq.com.' };
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		return {
			ok: false,
			message: 'The address must start with https:// (plain http is allowed only for localhost).'
		};
	}
	if (!preset || preset.adapter === 'groq-sdk')
		return { ok: true, url: normalizeBaseUrl(url.toString()) };
	if (url.pathname === '/' && preset.baseUrl) url.pathname = new URL(preset.baseUrl).pathname;
	return { ok: true, url: url.toString().replace(/\/+$/, '') };
}
