/**
 * The plumbing every mock provider mode shares: reading and recording a request, reading an
 * OpenAI-style chat body into the responder's terms, writing JSON, and listening on 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockChatMessage, MockChatRequest } from './responder';

export interface RecordedRequest {
	method: string;
	path: string;
	/** Lower-cased header names. */
	headers: Record<string, string>;
	body: unknown;
	/** Epoch ms when it arrived. */
	at: number;
	/** The status answered (undefined for a hang or a dropped connection). */
	status?: number;
	/** The fault applied, if any. */
	fault?: string;
	/** What an answered chat request was billed, and how it finished. */
	usage?: { promptTokens: number; completionTokens: number; finishReason: string };
}

export function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

/** A record of `request` (body still empty), with its path and lower-cased headers. */
export function recordOf(request: IncomingMessage): RecordedRequest {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value !== undefined)
			headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return {
		method: request.method ?? 'GET',
		path: (request.url ?? '/').split('?')[0] ?? '/',
		headers,
		body: undefined,
		at: Date.now()
	};
}

/** Keeps the body on the record: parsed when it is JSON, as text otherwise. */
export function recordBody(record: RecordedRequest, raw: string): void {
	if (raw === '') return;
	try {
		record.body = JSON.parse(raw);
	} catch {
		record.body = raw;
	}
}

export function sendJson(
	response: ServerResponse,
	record: RecordedRequest,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	record.status = status;
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...headers
	});
	response.end(text);
}

export type ParsedChat =
	{ ok: true; request: MockChatRequest } | { ok: false; message: string; param: string | null };

/**
 * An OpenAI-style chat body in the responder's terms. `tokenFields` names the body fields that
 * cap the answer, in order: servers differ (Ollama reads only `max_tokens`).
 */
export function parseChat(raw: string, tokenFields: readonly string[]): ParsedChat {
	let body: unknown;
	try {
		body = JSON.parse(raw);
	} catch {
		return { ok: false, message: 'We could not parse the JSON body of your request.', param: null };
	}
	const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
	if (typeof record.model !== 'string' || record.model === '')
		return { ok: false, message: "Missing required parameter: 'model'.", param: 'model' };
	if (!Array.isArray(record.messages))
		return { ok: false, message: "Missing required parameter: 'messages'.", param: 'messages' };
	const messages: MockChatMessage[] = record.messages.map((message) => {
		const entry = (message ?? {}) as Record<string, unknown>;
		return {
			role: String(entry.role ?? 'user'),
			content:
				typeof entry.content === 'string' ? entry.content : JSON.stringify(entry.content ?? '')
		};
	});
	const format = (record.response_format ?? {}) as Record<string, unknown>;
	const jsonSchema =
		format.type === 'json_schema'
			? ((format.json_schema as Record<string, unknown> | undefined)?.schema as
					Record<string, unknown> | undefined)
			: undefined;
	const cap = tokenFields.map((field) => record[field]).find((value) => value !== undefined);
	const maxTokens = Number(cap ?? Number.POSITIVE_INFINITY);
	return {
		ok: true,
		request: {
			model: record.model,
			messages,
			maxTokens: maxTokens > 0 ? maxTokens : Number.POSITIVE_INFINITY,
			temperature: typeof record.temperature === 'number' ? record.temperature : undefined,
			jsonSchema,
			jsonObject: format.type === 'json_object',
			body: record
		}
	};
}

/** Listens on 127.0.0.1 (`port` 0 picks a free one) and answers the port taken. */
export async function listen(server: Server, port: number): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	return (server.address() as AddressInfo).port;
}

/** Stops listening and cuts every open connection (a hung request included). */
export function shutDown(server: Server): Promise<void> {
	return new Promise<void>((resolve) => {
		if (!server.listening) return resolve();
		server.closeAllConnections();
		server.close(() => resolve());
	});
}

/**
 * Serves `handle` on 127.0.0.1 (`port` 0 picks a free one). A handler that throws answers 500
 * with an OpenAI-style body instead of leaving the client waiting.
 */
export async function serveOnLoopback(
	port: number,
	handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>
): Promise<{ server: Server; port: number; url: string }> {
	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (response.headersSent) return;
			response.writeHead(500, { 'content-type': 'application/json' });
			const body = {
				error: { message: String(error), type: 'server_error', param: null, code: null }
			};
			response.end(JSON.stringify(body));
		});
	});
	const taken = await listen(server, port);
	return { server, port: taken, url: `http://127.0.0.1:${taken}` };
}
