/**
 * What "Test connection" needs from the browser to explain a failure: this page's URL, the
 * `connect-src` of its content security policy (from the `<meta>` tag the build writes), and a
 * `no-cors` probe that tells a server refusing this page from no server at all.
 */
import { connectSources } from '$lib/llm/csp-allows';
import type { ConnectionEnvironment } from '$lib/llm/diagnose-connection';

export function browserConnectionEnvironment(): ConnectionEnvironment | undefined {
	if (typeof document === 'undefined' || typeof location === 'undefined') return undefined;
	const meta = document.querySelector<HTMLMetaElement>(
		'meta[http-equiv="content-security-policy" i]'
	);
	return {
		pageUrl: location.href,
		connectSources: meta ? connectSources(meta.content) : undefined,
		async probe(url) {
			try {
				// Opaque, unreadable, but it only resolves when something answered.
				await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
				return 'listening';
			} catch {
				return 'nothing';
			}
		}
	};
}
