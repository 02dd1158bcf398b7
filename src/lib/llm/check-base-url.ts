/**
 * Where the API key may be sent. Only an encrypted connection may carry it, except to this
 * machine (a local mock or proxy).
 */
import { normalizeBaseUrl } from './groq-client';

export function checkBaseUrl(
	text: string
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
	return { ok: true, url: normalizeBaseUrl(url.toString()) };
}
