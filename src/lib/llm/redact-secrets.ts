/**
 * Server messages are shown to the user and may be logged; Groq keys (`gsk_…`) and the key in
 * use must never travel with them, whatever the server chose to echo back.
 */
const GROQ_KEY = /gsk_[A-Za-z0-9_-]+/g;

export function redactSecrets(text: string, secret?: string): string {
	let redacted = text;
	if (secret && secret.length >= 4) redacted = redacted.split(secret).join('[redacted key]');
	return redacted.replace(GROQ_KEY, '[redacted key]');
}
