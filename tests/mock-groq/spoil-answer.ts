/**
 * The faults that let a request succeed but spoil what comes back, as real models and networks do,
 * shared by the OpenAI-style and Ollama-style modes: a spoiled answer text, or a broken transport
 * (a cut connection, a body that stops, a body that is not JSON).
 */
import type { ServerResponse } from 'node:http';
import type { RecordedRequest } from './http-wire';
import { violateSchema } from './responder';

export type ContentFaultKind =
	| 'empty_content'
	| 'think'
	| 'code_fence'
	| 'schema_violation'
	| 'length'
	| 'malformed_json'
	| 'stall'
	| 'drop'
	| 'hang';

/** The answer as the fault leaves it (`length` is applied by cutting `max_tokens`, elsewhere). */
export function spoilAnswer(
	kind: string | undefined,
	answer: string,
	schema: Record<string, unknown> | undefined
): string {
	switch (kind) {
		case 'empty_content':
			return '';
		case 'schema_violation':
			return violateSchema(answer, schema);
		case 'code_fence':
			return `\`\`\`json\n${answer}\n\`\`\``;
		case 'think':
			return `<think>\nThe user wants something concrete. Let me reuse their words.\n</think>\n${answer}`;
		default:
			return answer;
	}
}

/**
 * Sends `text` broken the way `kind` says and answers true, or answers false for any other kind.
 * `hang` sends nothing at all: the socket stays open until the client gives up.
 */
export function sendBroken(
	kind: string | undefined,
	response: ServerResponse,
	record: RecordedRequest,
	text: string,
	headers: Record<string, string>
): boolean {
	if (kind === 'hang') return true;
	if (kind !== 'malformed_json' && kind !== 'stall' && kind !== 'drop') return false;
	// A dropped connection has no status to record: the client never gets a whole answer.
	if (kind !== 'drop') record.status = 200;
	if (kind === 'malformed_json') {
		response.writeHead(200, { 'content-type': 'application/json', ...headers });
		response.end(
			'{"id":"chatcmpl-broken","object":"chat.completion","choices":[{"index":0,"message":'
		);
		return true;
	}
	response.writeHead(200, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...headers
	});
	if (kind === 'stall') {
		// The rest never comes; the socket stays open until the client gives up.
		response.write(text.slice(0, 20));
		return true;
	}
	response.write(text.slice(0, Math.floor(text.length / 2)));
	// Let the first half reach the client before the connection dies.
	setTimeout(() => response.socket?.destroy(), 20);
	return true;
}
