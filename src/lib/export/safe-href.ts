const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target for a URL typed by the user or written by an LLM, or undefined when it must
 * not become a link: only http(s) and mailto survive, so `javascript:` or `data:` never reach
 * the preview or a PDF link annotation. The text is still shown, just not clickable.
 */
export function safeHref(url: string): string | undefined {
	const trimmed = url.trim();
	if (trimmed === '' || /\s/.test(trimmed)) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(trimmed);
	} catch {
		// "github.com/zoe" is what people type; treat it as a web address.
		if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(trimmed))
			return safeHref(`https://${trimmed}`);
		return undefined;
	}
	if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return undefined;
	if (parsed.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+$/.test(decodedOrEmpty(parsed.pathname))) {
		return undefined;
	}
	return parsed.href;
}

/** `decodeURIComponent` throws on a stray "%": such an address is simply not linked. */
function decodedOrEmpty(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return '';
	}
}

/** The email's mailto: link, or undefined when it does not look like an address. */
export function mailtoHref(email: string): string | undefined {
	const trimmed = email.trim();
	if (!/^[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+$/.test(trimmed)) return undefined;
	return safeHref(`mailto:${trimmed}`);
}

/** "https://www.linkedin.com/in/zoe/" → "linkedin.com/in/zoe": shorter to read, same address. */
export function displayUrl(url: string): string {
	return url
		.trim()
		.replace(/^https?:\/\//i, '')
		.replace(/^www\./i, '')
		.replace(/\/$/, '');
}
