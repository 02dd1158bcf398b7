import { bulletMarkerLength } from './bullets';
import type { SourceLine } from './source-lines';

/**
 * The items of a list-like section (skills, languages): one per line or list item, and lines
 * holding several items split at commas, semicolons, bullets or middle dots. Brackets are kept
 * together: "English (C1, fluent)" stays one item.
 */
export interface ListItem {
	text: string;
	line: SourceLine;
	index: number;
}

export function splitItems(
	line: SourceLine,
	separators = /[,;·•|\t]|\s{3,}|\s[-–—]\s(?=\p{Lu}[\p{Ll}]+(?:[,;]|$))/u
): ListItem[] {
	const items: ListItem[] = [];
	const text = line.text;
	let depth = 0;
	let from = bulletMarkerLength(text);
	const push = (end: number) => {
		const raw = text.slice(from, end);
		const trimmed = raw
			.trim()
			.replace(/^(?:and|und|et|y|e|i|oraz)\s+/i, '')
			.replace(/[.]$/, '');
		if (/\p{L}/u.test(trimmed))
			items.push({ text: trimmed, line, index: from + raw.indexOf(trimmed) });
	};
	for (let position = from; position < text.length; position += 1) {
		const character = text[position]!;
		if (character === '(' || character === '[') depth += 1;
		else if ((character === ')' || character === ']') && depth > 0) depth -= 1;
		else if (depth === 0) {
			const match = separators.exec(text.slice(position));
			if (match && match.index === 0) {
				push(position);
				from = position + match[0].length;
				position = from - 1;
			}
		}
	}
	push(text.length);
	return items;
}
