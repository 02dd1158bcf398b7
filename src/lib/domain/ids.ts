/** A random id for sessions, roles, projects and CV items. */
export function newId(): string {
	return globalThis.crypto.randomUUID();
}
