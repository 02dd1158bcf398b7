/**
 * The JSON schema a prompt spells out in words, for JSON mode (`json_object`): the app writes
 * "…that follows this JSON schema: {…}" into the messages when the provider cannot enforce a
 * schema, and a capable model then answers in that shape. The mock does the same.
 */
type Schema = Record<string, unknown>;

/** The balanced `{…}` that starts at `start`, strings and escapes respected; undefined if none. */
function objectAt(text: string, start: number): string | undefined {
	let depth = 0;
	let inString = false;
	for (let index = start; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index += 1;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{') depth += 1;
		else if (char === '}' && --depth === 0) return text.slice(start, index + 1);
	}
	return undefined;
}

function asSchema(candidate: string | undefined): Schema | undefined {
	if (candidate === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(candidate);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
		const schema = value as Schema;
		return schema.type === 'object' || typeof schema.properties === 'object' ? schema : undefined;
	} catch {
		return undefined;
	}
}

/** The first JSON schema that follows the word "schema" in any message, else undefined. */
export function schemaInPrompt(messages: readonly { content: string }[]): Schema | undefined {
	for (const { content } of messages) {
		for (const match of content.matchAll(/schema[^{]{0,40}\{/gi)) {
			const start = match.index + match[0].length - 1;
			const schema = asSchema(objectAt(content, start));
			if (schema) return schema;
		}
	}
	return undefined;
}
