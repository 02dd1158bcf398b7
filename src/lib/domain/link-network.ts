/**
 * The network a profile link belongs to, read from its address: "linkedin.com/in/ingrid" is
 * LinkedIn with the username "ingrid". A CV prints the bare address; JSON Resume wants the
 * network and username apart, and the profile editor shows the label. A personal site or any
 * host not listed here has no network: guessing one would put a wrong name on the person's link.
 */
export interface LinkNetwork {
	network: string;
	/** The person's name or id on the network, when the address shows it. */
	username?: string;
}

interface KnownHost {
	network: string;
	/** The path that holds the username; its first group is the name. */
	profilePath?: RegExp;
}

/** "https:", "mailto:"; not the port of "example.com:8080". */
const SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i;
const SEGMENT = '([^/?#\\s]+)';
const path = (pattern: string) => new RegExp(`^/${pattern}/?(?:[?#].*)?$`, 'u');

const KNOWN_HOSTS: Record<string, KnownHost> = {
	'linkedin.com': { network: 'LinkedIn', profilePath: path(`(?:in|pub)/${SEGMENT}`) },
	'github.com': { network: 'GitHub', profilePath: path(SEGMENT) },
	'gitlab.com': { network: 'GitLab', profilePath: path(SEGMENT) },
	'bitbucket.org': { network: 'Bitbucket', profilePath: path(SEGMENT) },
	'orcid.org': { network: 'ORCID', profilePath: path('(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])') },
	'behance.net': { network: 'Behance', profilePath: path(SEGMENT) },
	'dribbble.com': { network: 'Dribbble', profilePath: path(SEGMENT) },
	'xing.com': { network: 'XING', profilePath: path(`profile/${SEGMENT}`) },
	'stackoverflow.com': { network: 'Stack Overflow', profilePath: path(`users/\\d+/${SEGMENT}`) },
	'researchgate.net': { network: 'ResearchGate', profilePath: path(`profile/${SEGMENT}`) },
	'scholar.google.com': { network: 'Google Scholar' },
	'twitter.com': { network: 'Twitter', profilePath: path(SEGMENT) },
	'x.com': { network: 'X', profilePath: path(SEGMENT) },
	'medium.com': { network: 'Medium', profilePath: path(`@${SEGMENT}`) },
	'kaggle.com': { network: 'Kaggle', profilePath: path(SEGMENT) }
};

/** "linkedin.com/in/x", "www.linkedin.com/…" or "https://no.linkedin.com/…" as a URL, or null. */
function parsedUrl(url: string): URL | null {
	const trimmed = url.trim();
	if (trimmed === '' || /\s/.test(trimmed)) return null;
	const withScheme = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
	try {
		return new URL(withScheme);
	} catch {
		return null;
	}
}

export function linkNetwork(url: string): LinkNetwork | null {
	const parsed = parsedUrl(url);
	if (!parsed || !/^https?:$/.test(parsed.protocol)) return null;
	const host = parsed.hostname.toLowerCase();
	// "www.", or a country subdomain as LinkedIn gives ("no.linkedin.com").
	const known = Object.entries(KNOWN_HOSTS).find(
		([name]) => host === name || host.endsWith(`.${name}`)
	);
	if (!known) return null;
	const [, { network, profilePath }] = known;
	const username = profilePath?.exec(parsed.pathname)?.[1];
	return username ? { network, username: decodeOrKeep(username) } : { network };
}

function decodeOrKeep(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The address with a scheme, as other tools need it to open it: "linkedin.com/in/x" →
 * "https://linkedin.com/in/x". Anything that is not a plain web address comes back as written.
 */
export function absoluteUrl(url: string): string {
	const trimmed = url.trim();
	if (SCHEME.test(trimmed)) return trimmed;
	const parsed = parsedUrl(trimmed);
	return parsed && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(parsed.hostname)
		? `https://${trimmed}`
		: trimmed;
}
