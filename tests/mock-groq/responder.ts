/**
 * Deterministic answers derived from the prompt, so tests and benchmarks see plausible text that
 * changes with what was asked: phrases of the last user message, shaped to the requested JSON
 * schema (types, enums, lengths, item counts) — or, in JSON mode, to a schema the prompt spells
 * out (prompt-schema.ts) — to a JSON object, or to "- bullet" lines.
 */
import { schemaInPrompt } from './prompt-schema';

type Schema = Record<string, unknown>;

export interface MockChatMessage {
	role: string;
	content: string;
}

export interface MockChatRequest {
	model: string;
	messages: MockChatMessage[];
	maxTokens: number;
	temperature?: number;
	/** The JSON schema when `response_format.type` is `json_schema`. */
	jsonSchema?: Schema;
	jsonObject: boolean;
	/** The raw request body. */
	body: Record<string, unknown>;
}

/** A test's own answer for some requests; the first responder that returns a string wins. */
export type MockResponder = (request: MockChatRequest) => string | undefined;

const MAX_STRING = 180;
const DEFAULT_ITEMS = 4;
const FALLBACK_PHRASES = [
	'Delivered the agreed results on time',
	'Worked closely with colleagues across teams',
	'Improved how the work was planned and tracked',
	'Explained technical choices to non-specialists'
];

/** FNV-1a: a stable number for a string, so the same prompt always picks the same phrases. */
export function stableHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export function phrasesOf(text: string): string[] {
	const phrases = text
		.split(/\n+|(?<=[.!?])\s+/)
		.map((part) =>
			part
				.replace(/^\s*(?:[-*•#>]+|\d+[.)])\s*/, '')
				.replace(/[{}[\]"`]/g, '')
				.trim()
		)
		.filter((part) => part.split(/\s+/).length >= 3);
	const unique = [...new Set(phrases)];
	return unique.length > 0 ? unique : FALLBACK_PHRASES;
}

function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '');
}

class Generator {
	#next = 0;
	constructor(
		private readonly phrases: string[],
		private readonly seed: number,
		private readonly root: Schema
	) {}

	phrase(): string {
		const phrase = this.phrases[(this.seed + this.#next) % this.phrases.length] as string;
		// Once every phrase was used, a numbered variant: a real model does not repeat itself.
		const round = Math.floor(this.#next / this.phrases.length);
		this.#next += 1;
		return round === 0 ? phrase : `${phrase} ${round + 1}`;
	}

	/** `count` phrases as whole sentences, for a prompt or schema that asks for sentences. */
	sentences(count: number): string {
		return Array.from({ length: count }, () => {
			const phrase = clip(this.phrase(), MAX_STRING).replace(/[\s.!?,;:]+$/, '');
			return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
		}).join(' ');
	}

	#resolve(schema: Schema): Schema {
		const ref = schema.$ref;
		if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
		let target: unknown = this.root;
		for (const part of ref.slice(2).split('/'))
			target = (target as Record<string, unknown> | undefined)?.[part];
		return typeof target === 'object' && target !== null ? this.#resolve(target as Schema) : schema;
	}

	value(raw: Schema): unknown {
		const schema = this.#resolve(raw);
		const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
		if (Array.isArray(options) && options.length > 0) {
			const usable = options.find((option) => this.#resolve(option).type !== 'null') ?? options[0];
			return this.value(usable as Schema);
		}
		if ('const' in schema) return schema.const;
		if (Array.isArray(schema.enum) && schema.enum.length > 0)
			return schema.enum[(this.seed + this.#next++) % schema.enum.length];
		const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
		const type = types.find((candidate) => candidate !== 'null') ?? types[0];
		switch (type) {
			case 'object':
				return this.#object(schema);
			case 'array':
				return this.#array(schema);
			case 'integer':
			case 'number':
				return this.#number(schema, type === 'integer');
			case 'boolean':
				return (this.seed + this.#next++) % 2 === 0;
			case 'null':
				return null;
			default:
				return this.#string(schema);
		}
	}

	#object(schema: Schema): Record<string, unknown> {
		const properties = (schema.properties ?? {}) as Record<string, Schema>;
		return Object.fromEntries(
			Object.entries(properties).map(([name, child]) => [name, this.value(child)])
		);
	}

	#array(schema: Schema): unknown[] {
		// A count in the description ("3 to 6 entries.", "Exactly 10 entries.") is read like a model would.
		const described = /\b(?:exactly (\d+)|(\d+) to (\d+)) entries\b/i.exec(
			typeof schema.description === 'string' ? schema.description : ''
		);
		const least = described ? Number(described[1] ?? described[2]) : undefined;
		const most = described ? Number(described[1] ?? described[3]) : undefined;
		const min = typeof schema.minItems === 'number' ? schema.minItems : (least ?? 0);
		const max =
			typeof schema.maxItems === 'number' ? schema.maxItems : (most ?? Number.POSITIVE_INFINITY);
		const count = Math.min(max, Math.max(min, DEFAULT_ITEMS));
		const items = (schema.items ?? { type: 'string' }) as Schema;
		return Array.from({ length: count }, () => this.value(items));
	}

	#number(schema: Schema, integer: boolean): number {
		const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
		const max = typeof schema.maximum === 'number' ? schema.maximum : Math.max(min, 10);
		const span = max - min;
		const value = min + (((this.seed + this.#next++) % 997) / 997) * span;
		return integer ? Math.round(value) : Math.round(value * 100) / 100;
	}

	#string(schema: Schema): string {
		const sentences = sentencesAsked(
			typeof schema.description === 'string' ? schema.description : ''
		);
		if (sentences !== undefined) return this.sentences(sentences);
		const max = Math.min(
			typeof schema.maxLength === 'number' ? schema.maxLength : MAX_STRING,
			MAX_STRING
		);
		const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
		let text = this.phrase();
		while (text.length < min) text = `${text}. ${this.phrase()}`;
		return clip(text, Math.max(max, min));
	}
}

function lastUserText(request: MockChatRequest): string {
	const user = [...request.messages].reverse().find((message) => message.role === 'user');
	return user?.content ?? request.messages.map((message) => message.content).join('\n');
}

/**
 * The facts a real model would draw on: the text inside the prompt's data tags (<person>,
 * <job_ad>, …) without "Label:" prefixes, rather than the instructions around them, so the
 * mock's answers read like a CV when the app is tried by hand.
 */
export function dataOf(prompt: string): string {
	const inside = [...prompt.matchAll(/<([a-z_]+)>([\s\S]*?)<\/\1>/g)].map(
		(match) => match[2] ?? ''
	);
	const source = inside.length > 0 ? inside.join('\n') : prompt;
	return source.replace(/^\s*(?:[-*•]\s*)?[A-Z][\w ]{0,30}:\s+/gm, '');
}

function generatorFor(request: MockChatRequest, root: Schema): Generator {
	const text = lastUserText(request);
	return new Generator(freshPhrases(text), stableHash(`${request.model}\n${text}`), root);
}

/**
 * The phrases to answer from. Asked for a new version, a real model does not hand back the one
 * the person just turned down: what the <previous> version said is left out while anything else
 * (the person's data, their feedback) remains.
 */
function freshPhrases(prompt: string): string[] {
	const phrases = phrasesOf(dataOf(prompt));
	const previous = /<previous>([\s\S]*?)<\/previous>/.exec(prompt)?.[1];
	if (previous === undefined) return phrases;
	const used = new Set(phrasesOf(previous));
	const fresh = phrases.filter((phrase) => !used.has(phrase));
	return fresh.length > 0 ? fresh : phrases;
}

/** "3 to 4 sentences" in a prompt or a schema description: the fewest asked for. */
function sentencesAsked(text: string): number | undefined {
	const asked = /\b(\d{1,2}) to \d{1,2} sentences\b/i.exec(text);
	return asked ? Number(asked[1]) : undefined;
}

/** "Write the 10 key qualifications": a list answer with that many lines. */
function entriesAsked(text: string): number {
	const asked = /\bthe (\d{1,2}) (?:phrases|key qualifications)\b/i.exec(text);
	return asked ? Number(asked[1]) : DEFAULT_ITEMS;
}

/** The default answer: schema-shaped JSON, a JSON object, or bullet lines. */
export function defaultAnswer(request: MockChatRequest): string {
	if (request.jsonSchema) {
		return JSON.stringify(generatorFor(request, request.jsonSchema).value(request.jsonSchema));
	}
	const generator = generatorFor(request, {});
	const prompt = lastUserText(request);
	const sentences = sentencesAsked(prompt);
	if (sentences !== undefined && !request.jsonObject) return generator.sentences(sentences);
	// JSON mode with the schema written into the prompt: answered in that shape, as a good model does.
	const described = request.jsonObject ? schemaInPrompt(request.messages) : undefined;
	if (described) return JSON.stringify(generatorFor(request, described).value(described));
	if (request.jsonObject) {
		return JSON.stringify({
			summary: clip(generator.phrase(), MAX_STRING),
			points: Array.from({ length: DEFAULT_ITEMS }, () => clip(generator.phrase(), MAX_STRING))
		});
	}
	return Array.from(
		{ length: entriesAsked(prompt) },
		() => `- ${clip(generator.phrase(), MAX_STRING)}`
	).join('\n');
}

/** JSON that breaks `schema`: the first required property goes, and a string becomes a number. */
export function violateSchema(answer: string, schema: Schema | undefined): string {
	let value: unknown;
	try {
		value = JSON.parse(answer);
	} catch {
		return '{"unexpected":true}';
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return '{"unexpected":true}';
	const record = value as Record<string, unknown>;
	const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
	const [first, ...rest] = required.length > 0 ? required : Object.keys(record);
	if (first !== undefined) delete record[first];
	const stringKey = rest.find((key) => typeof record[key] === 'string');
	if (stringKey !== undefined) record[stringKey] = 42;
	if (Object.keys(record).length === 0) record.unexpected = true;
	return JSON.stringify(record);
}

/** Groq-like prompt token count: about four characters a token plus per-message framing. */
export function countPromptTokens(request: MockChatRequest): number {
	const messages = request.messages.reduce(
		(sum, message) => sum + Math.ceil(message.content.length / 4) + 3,
		3
	);
	const schema = request.jsonSchema ? Math.ceil(JSON.stringify(request.jsonSchema).length / 4) : 0;
	return messages + schema;
}

export function countCompletionTokens(text: string): number {
	return Math.max(1, Math.ceil(text.length / 4));
}
