/**
 * CORS as Ollama answers it (gin-contrib/cors with Ollama's settings, server/routes.go):
 * - an Origin outside the allowlist gets a bare 403 (no body, no CORS headers) on EVERY request,
 *   the OPTIONS preflight and a simple GET alike, so the browser reports only "Failed to fetch";
 * - the built-in allowlist is localhost, 127.0.0.1 and 0.0.0.0 over http/https on any port plus
 *   app://, file://, tauri://, vscode-webview://, vscode-file:// (envconfig AllowedOrigins);
 *   a person adds their site with OLLAMA_ORIGINS=https://… and restarts Ollama;
 * - an allowed preflight gets 204 with the origin echoed and a fixed list of allowed headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest } from './http-wire';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '0.0.0.0'];

export const OLLAMA_DEFAULT_ORIGINS: readonly string[] = [
	...LOCAL_HOSTS.flatMap((host) => [
		`http://${host}`,
		`https://${host}`,
		`http://${host}:*`,
		`https://${host}:*`
	]),
	'app://*',
	'file://*',
	'tauri://*',
	'vscode-webview://*',
	'vscode-file://*'
];

const ALLOWED_HEADERS = [
	'Authorization',
	'Content-Type',
	'User-Agent',
	'Accept',
	'X-Requested-With',
	'OpenAI-Beta',
	'x-stainless-arch',
	'x-stainless-async',
	'x-stainless-lang',
	'x-stainless-os',
	'x-stainless-package-version',
	'x-stainless-retry-count',
	'x-stainless-runtime',
	'x-stainless-runtime-version',
	'x-stainless-timeout'
].join(',');

/** gin-contrib's wildcard: one `*` matching any run of characters. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
	return allowed.some((pattern) => {
		const star = pattern.indexOf('*');
		if (star < 0) return pattern === origin;
		const head = pattern.slice(0, star);
		const tail = pattern.slice(star + 1);
		return (
			origin.length >= head.length + tail.length && origin.startsWith(head) && origin.endsWith(tail)
		);
	});
}

/**
 * Applies Ollama's CORS to a request. Answers true when the request is finished here (a refusal
 * or a preflight); otherwise sets the CORS headers and lets the request through.
 */
export function applyOllamaCors(
	request: IncomingMessage,
	response: ServerResponse,
	record: RecordedRequest,
	allowed: (origin: string) => boolean
): boolean {
	const origin = request.headers.origin;
	if (origin === undefined || origin === `http://${request.headers.host}`) return false;
	if (!allowed(origin)) {
		record.status = 403;
		response.writeHead(403);
		response.end();
		return true;
	}
	response.setHeader('access-control-allow-origin', origin);
	response.setHeader('vary', 'Origin');
	if (request.method !== 'OPTIONS') return false;
	record.status = 204;
	response.writeHead(204, {
		'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS',
		'access-control-allow-headers': ALLOWED_HEADERS,
		'access-control-max-age': '43200'
	});
	response.end();
	return true;
}
