/**
 * Model output is plain text: a CV line has no use for HTML, and markup kept as text reaches
 * every export (a JSON Resume theme that renders HTML would run it). This removes what is
 * tag-like — `<tag …>`, `</tag>`, `<!-- … -->`, `<!DOCTYPE …>`, `<?…?>`, and `<script>` or
 * `<style>` with what they hold — and says whether it removed anything, so the item can be
 * flagged for the person.
 *
 * Text that merely uses angle brackets stays as written: "C++ <3 years", "a < b", "x>5%",
 * "<10 ms". A bracketed word glued to the word before it ("List<String>", "Vec<u8>") is a type,
 * not a tag, unless it names an HTML element ("text<img src=x>").
 */

const HTML_ELEMENTS = new Set(
	(
		'a abbr address applet area article aside audio b base basefont bdi bdo big blink blockquote ' +
		'body br button canvas caption center cite code col colgroup data datalist dd del details dfn ' +
		'dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 ' +
		'h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd keygen label ' +
		'legend li link main map mark marquee math menu meta meter nav nobr noembed noframes noscript ' +
		'object ol optgroup option output p param picture plaintext portal pre progress q rp rt ruby s ' +
		'samp script search section select slot small source span strike strong style sub summary sup ' +
		'svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr ' +
		'xmp animate foreignobject set use'
	).split(' ')
);

/** Whatever an opening tag may hold after its name: attributes, quoted values with `>` in them. */
const ATTRIBUTES = `(?:[\\s/](?:"[^"]*"|'[^']*'|[^'"<>])*)?`;
const TAG = new RegExp(`<(/?)([A-Za-z][\\w.-]*)(${ATTRIBUTES})>`, 'g');
/** An opening tag cut off before its `>` (the answer ran out, or the length rule cut it). */
const UNCLOSED_TAG = /<([A-Za-z][\w.-]*)\s[^<>]*=[^<>]*$/;
const RAW_TEXT_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const DECLARATION = /<![A-Za-z[][^>]*>|<\?[\s\S]*?(?:\?>|$)/g;

export interface PlainText {
	text: string;
	/** Whether markup was found and removed. */
	removed: boolean;
}

export function stripMarkup(text: string): PlainText {
	if (!text.includes('<')) return { text, removed: false };
	let removed = false;
	const drop = (): string => {
		removed = true;
		return ' ';
	};
	let plain = text
		.replace(COMMENT, drop)
		.replace(RAW_TEXT_ELEMENT, drop)
		.replace(DECLARATION, drop)
		.replace(TAG, (...found: string[]) => {
			const [match = '', , name = ''] = found;
			const offset = Number(found.at(-2));
			const glued = offset > 0 && /\w/.test(found.at(-1)?.charAt(offset - 1) ?? '');
			if (glued && !HTML_ELEMENTS.has(name.toLowerCase())) return match;
			return drop();
		});
	const unclosed = UNCLOSED_TAG.exec(plain);
	if (unclosed && HTML_ELEMENTS.has((unclosed[1] ?? '').toLowerCase())) {
		plain = plain.slice(0, unclosed.index);
		removed = true;
	}
	if (!removed) return { text, removed: false };
	// What the tags stood between is joined back with single spaces, line breaks kept.
	// Leading spaces stay: an indented line continues the list entry above it.
	return {
		text: plain
			.split('\n')
			.map((line) => line.replace(/(?<=\S)[ \t]{2,}(?=\S)/g, ' ').trimEnd())
			.join('\n')
			.trim(),
		removed
	};
}

/** The same for every string in a parsed JSON answer. */
export function stripMarkupDeep(value: unknown, onRemoved: () => void): unknown {
	if (typeof value === 'string') {
		const plain = stripMarkup(value);
		if (plain.removed) onRemoved();
		return plain.text;
	}
	if (Array.isArray(value)) return value.map((entry) => stripMarkupDeep(entry, onRemoved));
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [key, stripMarkupDeep(entry, onRemoved)])
		);
	}
	return value;
}
