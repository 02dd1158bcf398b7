import { normalizePhrase } from './support-index';

/**
 * The words of the prompts' own instructions ("Answer in JSON.", "Plain CV style…"), as the
 * model reads them. A model that echoes its instructions into an answer ("Answer", "JSON",
 * "SYSTEM") has written clutter, not a claim about the person: a name made only of these words
 * is not flagged. Examples quoted in the instructions ("Streaming pipelines with Kafka") are left
 * out, because they do name things a person might not have, and so are the notes for prompt
 * authors and the placeholders, which the model never sees as such.
 */
const AUTHOR_NOTES = /<!--[\s\S]*?-->/g;
const PLACEHOLDERS = /\{\{\s*[a-z_]+\s*\}\}/g;
const QUOTED_EXAMPLES = /"[^"\n]*"/g;
/** The chat roles each prompt is sent under, which a model sometimes writes out as labels. */
const MESSAGE_ROLES = ['system', 'user', 'assistant'];

/** Lower-case words of the instruction texts, given the prompt templates as written. */
export function instructionWords(templates: readonly string[]): Set<string> {
	const words = new Set(MESSAGE_ROLES);
	for (const template of templates) {
		const instructions = template
			.replace(AUTHOR_NOTES, ' ')
			.replace(PLACEHOLDERS, ' ')
			.replace(QUOTED_EXAMPLES, ' ');
		for (const word of normalizePhrase(instructions).split(/[^\p{L}\p{N}]+/u)) {
			if (word !== '') words.add(word);
		}
	}
	return words;
}
