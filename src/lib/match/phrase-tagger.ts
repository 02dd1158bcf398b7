/**
 * Part-of-speech tagging for the phrase finder, behind a small interface so that the match code
 * stays pure and the ~1 MB English model is loaded only when terms are wanted (never on the first
 * page). Until it is loaded, extraction runs on the vocabulary and shapes alone.
 */
export interface TaggedToken {
	text: string;
	/** Universal POS tag: NOUN, PROPN, ADJ, VERB, ADP, CCONJ, DET, PUNCT, NUM, ... */
	pos: string;
	/** Whitespace before the token, so a phrase can be written back as the ad spelled it. */
	before: string;
}

export type Tagger = (text: string) => TaggedToken[];

let loaded: Tagger | undefined;
let loading: Promise<Tagger> | undefined;

/** The tagger if it has been loaded, else undefined (callers fall back to the vocabulary). */
export function currentTagger(): Tagger | undefined {
	return loaded;
}

/** Loads wink-nlp and its small English model once; later calls share the same promise. */
export function loadTagger(): Promise<Tagger> {
	loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
		([wink, model]) => {
			const nlp = wink.default(model.default, ['sbd', 'pos']);
			const its = nlp.its;
			// The Tailor tab extracts again on every change of the session: tag each line once.
			const memo = new Map<string, TaggedToken[]>();
			const tagger: Tagger = (text) => {
				const remembered = memo.get(text);
				if (remembered) return remembered;
				if (memo.size > 5000) memo.clear();
				const all = nlp.readDoc(text).tokens();
				const words = all.out();
				const tags = all.out(its.pos);
				const spaces = all.out(its.precedingSpaces);
				const tokens: TaggedToken[] = words.map((word, index) => ({
					text: word,
					pos: String(tags[index] ?? ''),
					before: String(spaces[index] ?? '')
				}));
				memo.set(text, tokens);
				return tokens;
			};
			loaded = tagger;
			return tagger;
		},
		(error: unknown) => {
			// Offline before the model was first fetched: the next call tries again.
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
