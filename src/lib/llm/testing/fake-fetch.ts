/**
 * A recording stand-in for `fetch` and the OpenAI-style bodies it answers with, for tests of
 * the adapters that talk to a provider over plain fetch.
 */
export interface Sent {
	url: string;
	method: string;
	headers: Record<string, string>;
	body?: Record<string, unknown>;
}

export function completion(content: string, model = 'm') {
	return {
		model,
		choices: [{ message: { content }, finish_reason: 'stop' }],
		usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }
	};
}

export function fakeFetch(answer: (sent: Sent) => Response | Promise<Response>) {
	const sent: Sent[] = [];
	const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
		const record: Sent = {
			url: String(input),
			method: init.method ?? 'GET',
			headers: Object.fromEntries(new Headers(init.headers).entries()),
			...(typeof init.body === 'string' ? { body: JSON.parse(init.body) } : {})
		};
		sent.push(record);
		if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
		return answer(record);
	};
	return { sent, fetch: fetch as typeof globalThis.fetch };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json', ...headers }
	});
}
