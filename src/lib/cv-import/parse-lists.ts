import type { FieldRecorder } from './field-recorder';
import type { Language, Skill } from '$lib/domain/profile';
import { sectionKindOf } from './heading-dictionary';
import { isLanguageName } from './language-names';
import { splitItems, type ListItem } from './list-items';
import type { SourceLine } from './source-lines';

/**
 * Languages and skills. "German — native", "English (C1)", "Français : courant" give a language
 * and its fluency; "Clinical: wound care, IV therapy" gives a skill named "Clinical" with its
 * keywords; "Excel (advanced)" a skill with a level; a plain list one skill per item. A natural
 * language in a skills list ("…, Excel, Norwegian, English (C1)", "Languages: Deutsch, Polski")
 * is a language, not a skill.
 */
const LEVEL = /^(.*?)\s*(?:\(([^()]+)\)|\s[-–—:]\s*(.+)|:\s+(.+))$/u;

/** Words that say how well, in the six languages, and CEFR levels ("C1"). */
const LEVEL_WORDS =
	/^(?:[abc][12]|native|mother tongue|bilingual|fluent|proficient|advanced|intermediate|basic|beginner|expert|good|very good|excellent|conversational|professional|muttersprache|verhandlungssicher|fliessend|fließend|sehr gut|gut|grundkenntnisse|langue maternelle|courant|bilingue|notions|avancé|intermédiaire|débutant|nativo|nativa|lengua materna|fluido|avanzado|intermedio|básico|basico|alto|medio|fluente|intermédio|intermediário|avançado|ojczysty|biegły|biegle|dobry|podstawowy|komunikatywny|zaawansowany)\b/iu;

function nameAndLevel(
	item: ListItem,
	levelsOnly = false
): { name: ListItem; level: ListItem | null } {
	const match = LEVEL.exec(item.text);
	const level = match ? (match[2] ?? match[3] ?? match[4])?.trim() : undefined;
	if (!match || !level || !match[1]) return { name: item, level: null };
	// "Warehouse systems (Manhattan)" names a product, not a level.
	if (levelsOnly && !LEVEL_WORDS.test(level)) return { name: item, level: null };
	return {
		name: { text: match[1].trim(), line: item.line, index: item.index },
		level: { text: level, line: item.line, index: item.index + item.text.lastIndexOf(level) }
	};
}

/** Adds a language unless the profile has it already (a skills list repeating the languages). */
function addLanguage(
	languages: Language[],
	recorder: FieldRecorder,
	name: ListItem,
	level: ListItem | null
): void {
	const known = languages.some(
		(language) => language.language.toLowerCase() === name.text.toLowerCase()
	);
	if (known) return;
	const path = `languages.${languages.length}`;
	languages.push({
		id: `imported-language-${languages.length + 1}`,
		language: recorder.read(`${path}.language`, name.text, name.line, name.index),
		fluency: level ? recorder.read(`${path}.fluency`, level.text, level.line, level.index) : ''
	});
}

/** Adds the languages of a languages section to `languages`. */
export function parseLanguages(
	lines: SourceLine[],
	recorder: FieldRecorder,
	languages: Language[]
): void {
	for (const line of lines) {
		// "Anglais (B2) – Italien (A2)": a dash after a bracket separates two languages. The
		// dash becomes a ";" of the same length, so every offset stays that of the line.
		const masked = line.text.replace(
			/\)\s*[-–—]\s*/g,
			(dash) => `);${' '.repeat(dash.length - 2)}`
		);
		for (const item of splitItems({ ...line, text: masked }, /[,;·•|\t]|\s{3,}/u)) {
			if (item.text.split(/\s+/).length > 8) continue;
			const { name, level } = nameAndLevel(item);
			addLanguage(languages, recorder, name, level);
		}
	}
}

/** "Fluent English", "Native Norwegian": a grading word before the language's name. */
const LEVEL_FIRST = /^(\S+(?:\s\S+)?)\s+(\S+)$/u;

/**
 * An item of a skills list read as a language: "German", "German (B2)", "Deutsch – fließend",
 * "Fluent English"; null for anything else ("Java", "Excel (advanced)").
 */
function languageItem(item: ListItem): { name: ListItem; level: ListItem | null } | null {
	if (isLanguageName(item.text)) return { name: item, level: null };
	const read = nameAndLevel(item);
	if (read.level && isLanguageName(read.name.text)) {
		const bracketed = item.text.endsWith(')');
		return bracketed || LEVEL_WORDS.test(read.level.text) ? read : null;
	}
	const first = LEVEL_FIRST.exec(item.text);
	if (first && LEVEL_WORDS.test(first[1]!) && isLanguageName(first[2]!)) {
		const at = item.text.lastIndexOf(first[2]!);
		return {
			name: { text: first[2]!, line: item.line, index: item.index + at },
			level: { text: first[1]!, line: item.line, index: item.index }
		};
	}
	return null;
}

const CATEGORY = /^([^:]{2,40}):\s+(.+)$/u;

/** A line cut at " · ", " | ", " • " or "; ": "Clinical: IV, wound care · Leadership: rotas". */
function segments(line: SourceLine): ListItem[] {
	return splitItems(line, /\s[·•|]\s|;\s|\t/u);
}

/** Adds the skills of a skills section to `skills`, and the languages among them to `languages`. */
export function parseSkills(
	lines: SourceLine[],
	recorder: FieldRecorder,
	skills: Skill[],
	languages: Language[]
): void {
	const add = (name: ListItem, level: ListItem | null, keywords: ListItem[]) => {
		const path = `skills.${skills.length}`;
		skills.push({
			id: `imported-skill-${skills.length + 1}`,
			name: recorder.read(`${path}.name`, name.text, name.line, name.index),
			level: level ? recorder.read(`${path}.level`, level.text, level.line, level.index) : '',
			keywords: keywords.map((keyword, index) =>
				recorder.read(`${path}.keywords.${index}`, keyword.text, keyword.line, keyword.index)
			)
		});
	};
	for (const line of lines) {
		for (const segment of segments(line)) {
			const category = CATEGORY.exec(segment.text);
			// "Excel: advanced" is a level; "Clinical: IV therapy, wound care" a group of keywords.
			if (category && !LEVEL_WORDS.test(category[2]!.trim())) {
				const nameText = category[1]!.trim();
				const name = {
					text: nameText,
					line,
					index: segment.index + segment.text.indexOf(nameText)
				};
				const offset = segment.index + segment.text.indexOf(category[2]!, nameText.length);
				const rest = {
					...line,
					text: line.text.slice(offset, segment.index + segment.text.length)
				};
				const keywords = splitItems(rest, /[,;]/u).map((item) => ({
					...item,
					line,
					index: item.index + offset
				}));
				// "Languages: English (C1), Polish" inside a skills section.
				if (sectionKindOf(nameText) === 'languages') {
					for (const keyword of keywords) {
						const read = nameAndLevel(keyword);
						addLanguage(languages, recorder, read.name, read.level);
					}
				} else add(name, null, keywords);
				continue;
			}
			const items = splitItems({
				...line,
				text: line.text.slice(0, segment.index + segment.text.length)
			}).filter((item) => item.index >= segment.index);
			for (const item of items) {
				if (item.text.split(/\s+/).length > 8) continue;
				const language = languageItem(item);
				if (language) {
					addLanguage(languages, recorder, language.name, language.level);
					continue;
				}
				const { name, level } = nameAndLevel(item, true);
				add(name, level, []);
			}
		}
	}
}
