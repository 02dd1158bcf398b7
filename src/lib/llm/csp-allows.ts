/**
 * Whether the page's content security policy (`connect-src`) lets the browser talk to a URL. The
 * built app allows only the preset providers and this computer; a Custom address outside that
 * list would fail as a bare network error, so Settings checks first and says why. Covers the
 * source forms the build uses: 'self', '*', a scheme (`https:`), and hosts with `*.` and `:*`.
 */
function defaultPort(protocol: string): string {
	return protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '';
}

function matchesHost(source: string, url: URL, page: URL): boolean {
	const parsed = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/i.exec(
		source
	);
	if (!parsed) return false;
	const [, scheme, wildcard, host = '', port] = parsed;
	const protocol = url.protocol.replace(/:$/, '');
	if (scheme) {
		// A policy for http also lets the same host through on https (CSP's "upgrade").
		if (scheme !== protocol && !(scheme === 'http' && protocol === 'https')) return false;
	} else if (protocol !== page.protocol.replace(/:$/, '') && protocol !== 'https') return false;
	const hostname = url.hostname.toLowerCase();
	const wanted = host.toLowerCase();
	if (wanted !== '*') {
		if (wildcard ? !hostname.endsWith(`.${wanted}`) : hostname !== wanted) return false;
	}
	if (port === '*') return true;
	const urlPort = url.port || defaultPort(url.protocol);
	return urlPort === (port ?? defaultPort(scheme ? `${scheme}:` : url.protocol));
}

/** The sources of `connect-src` (or `default-src`) in a policy text; undefined when neither. */
export function connectSources(policy: string): string[] | undefined {
	const directives = new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [(name as string).toLowerCase(), values] as const)
	);
	return directives.get('connect-src') ?? directives.get('default-src');
}

export function cspAllows(sources: readonly string[], target: string, pageUrl: string): boolean {
	let url: URL;
	let page: URL;
	try {
		url = new URL(target);
		page = new URL(pageUrl);
	} catch {
		return false;
	}
	return sources.some((source) => {
		const value = source.replace(/^'|'$/g, '').toLowerCase();
		if (value === 'self') return url.origin === page.origin;
		if (value === 'none') return false;
		if (/^[a-z][a-z0-9+.-]*:$/.test(value)) return url.protocol === value;
		return matchesHost(value, url, page);
	});
}
