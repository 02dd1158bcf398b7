/**
 * CORS as a hosted provider answers it, kept strict on purpose: a preflight may ask only for the
 * request headers a browser app really needs (`authorization`, `content-type`). Asking for more
 * (an SDK's `x-stainless-*` headers) gets a 403 without CORS headers, so the browser fails the
 * call; some providers do exactly that, and a test then shows the app sends nothing extra.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest } from './http-wire';

export const BROWSER_APP_HEADERS = ['authorization', 'content-type'] as const;

/**
 * Answers a preflight: 204 when every asked header is allowed, else a bare 403. The allowed
 * origin is `*`, or the page's own origin echoed back when `echoOrigin` (as Groq answers).
 */
export function answerPreflight(
	request: IncomingMessage,
	response: ServerResponse,
	record: RecordedRequest,
	allowed: readonly string[] = BROWSER_APP_HEADERS,
	echoOrigin = false
): void {
	const asked = (request.headers['access-control-request-headers'] ?? '')
		.split(',')
		.map((name) => name.trim().toLowerCase())
		.filter((name) => name !== '');
	const refused = asked.filter((name) => !allowed.includes(name));
	if (refused.length > 0) {
		record.status = 403;
		response.writeHead(403, { 'content-type': 'text/plain' });
		response.end(`Request headers not allowed: ${refused.join(', ')}`);
		return;
	}
	record.status = 204;
	response.writeHead(204, {
		'access-control-allow-origin': echoOrigin ? (request.headers.origin ?? '*') : '*',
		'access-control-allow-methods': 'GET, POST, OPTIONS',
		'access-control-allow-headers': allowed.join(', '),
		'access-control-max-age': '0',
		...(echoOrigin ? { vary: 'Origin' } : {})
	});
	response.end();
}
