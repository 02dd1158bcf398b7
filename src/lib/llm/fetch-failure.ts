/**
 * What a `fetch` to a provider that ended without a usable response means for the person: their
 * own cancel, our deadline, an unreadable body, no network, or a server that could not be reached
 * (or broke off mid-answer). The browser says only "Failed to fetch", so the words come from what
 * we know around it. Also reads a body that may be JSON, an HTML error page or a proxy's note.
 */
import { LlmError } from './llm-error';

export interface FetchFailureContext {
	/** Our deadline's signal: aborted means the answer took too long. */
	deadline: AbortSignal;
	callerSignal: AbortSignal | undefined;
	url: string;
	provider: string;
	/** Whether the status line had arrived (the body broke off). */
	afterStatus: boolean;
	online: () => boolean;
}

export function browserOnline(): boolean {
	return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

export function fetchFailure(error: unknown, context: FetchFailureContext): LlmError {
	const { provider, afterStatus } = context;
	if (error instanceof LlmError) return error;
	if (context.callerSignal?.aborted) return new LlmError('aborted', { cause: error, provider });
	if (context.deadline.aborted) return new LlmError('timeout', { cause: error, provider });
	if (error instanceof SyntaxError)
		return new LlmError('server', {
			cause: error,
			provider,
			message: `${provider} sent a response the app could not read.`
		});
	if (!afterStatus && !context.online()) return new LlmError('offline', { cause: error, provider });
	return new LlmError('network', {
		cause: error,
		provider,
		message: afterStatus
			? `The connection to ${provider} broke off before the answer arrived.`
			: `Could not reach ${hostOf(context.url)}. The server may not be running, the address may be wrong, or the browser blocked the request.`
	});
}

/** The body as JSON when it is JSON; its text otherwise (an HTML error page, a proxy's note). */
export async function readJsonBody(response: Response): Promise<unknown> {
	const text = (await response.text()).trim();
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		if (response.ok) throw error;
		return { message: text.slice(0, 300) };
	}
}
