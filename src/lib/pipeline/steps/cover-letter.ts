import { z } from 'zod';
import {
	LETTER_WORDS,
	letterFrame,
	type CoverLetterOptions,
	type ItemContent,
	type Job,
	type LetterLength,
	type LetterTone,
	type ParseResult,
	type Project,
	type Role
} from '$lib/domain';
import { letterBody, parseLetterText } from '../parse-letter';
import {
	asData,
	bulletLines,
	describeEntry,
	jobExcerpt,
	orNone,
	projectHeading,
	roleHeading
} from '../prompt-data';
import type { SummarySource } from './executive-summary';
import { answerJsonSchema, describeShapeError, type StepDefinition } from './step-definition';

/**
 * The cover letter (issue 18): the body only, from what the person accepted. The frame around
 * it (recipient block, salutation, closing) comes from `letterFrame`, so the model is told who
 * the letter goes to but writes none of it.
 */
export interface CoverLetterInput {
	job: Job;
	headline: string;
	/** The accepted key qualifications. */
	keyQualifications: readonly string[];
	/** The accepted executive summary, or ''. */
	summary: string;
	/** Only roles and projects whose tailoring was accepted: the letter tells what the CV says. */
	roles: ReadonlyArray<SummarySource<Role>>;
	projects: ReadonlyArray<SummarySource<Project>>;
	options: CoverLetterOptions;
}

/** The words a letter may be off its target either way before it counts as the wrong length. */
export const LETTER_WORDS_SLACK = 0.3;

export function letterWordRange(length: LetterLength): {
	target: number;
	min: number;
	max: number;
} {
	const target = LETTER_WORDS[length];
	return {
		target,
		min: Math.round(target * (1 - LETTER_WORDS_SLACK)),
		max: Math.round(target * (1 + LETTER_WORDS_SLACK))
	};
}

const PARAGRAPHS: Readonly<Record<LetterLength, string>> = {
	short: '3',
	standard: '3 or 4',
	long: '4 or 5'
};

const TONES: Readonly<Record<LetterTone, string>> = {
	formal: 'formal and courteous; complete sentences, no contractions.',
	warm: 'warm and personable, still professional; show genuine interest in the work.',
	direct: 'direct and concise; short sentences, lead with results, no pleasantries.'
};

/** Enough of the ad for what it asks most; the key qualifications already distil the rest. */
export const LETTER_AD_CHARS = 6_000;

const AnswerSchema = z.object({ paragraphs: z.array(z.string()) });

function finish(paragraphs: readonly string[]): ParseResult<ItemContent> {
	const body = letterBody(paragraphs);
	if (body.length === 0) return { ok: false, message: 'The answer has no letter text.' };
	return { ok: true, value: { text: body.join('\n\n'), bullets: [] } };
}

export const coverLetterStep: StepDefinition = {
	kind: 'cover_letter',
	prompt: 'cover-letter',
	ownSystem: true,
	jsonSchema: () =>
		answerJsonSchema('cover_letter', AnswerSchema, {
			paragraphs: "The letter's body paragraphs in order, without salutation or closing."
		}),
	fromJson(value) {
		// A bare list, or the whole body as one string, is the same answer without its wrapper.
		const shaped = Array.isArray(value)
			? { paragraphs: value }
			: typeof value === 'string'
				? { paragraphs: [value] }
				: value;
		const parsed = AnswerSchema.safeParse(shaped);
		if (!parsed.success) return { ok: false, message: describeShapeError(parsed.error) };
		// A paragraph that holds several (blank lines inside one string) is split like free text.
		return finish(parsed.data.paragraphs.flatMap((paragraph) => paragraph.split(/\n\s*\n/)));
	},
	fromText(text) {
		const paragraphs = parseLetterText(text);
		return paragraphs.length > 0
			? { ok: true, value: { text: paragraphs.join('\n\n'), bullets: [] } }
			: { ok: false, message: 'The answer has no letter text.' };
	}
};

/** The prompt's values: what the CV says (accepted), the options, the person's points, the ad. */
export function coverLetterValues(input: CoverLetterInput): Record<string, string> {
	const { options, job } = input;
	const frame = letterFrame(options, job.company);
	const range = letterWordRange(options.length);
	const experience = input.roles.map(({ source, text, bullets }) =>
		describeEntry(roleHeading(source), text, bullets)
	);
	const projects = input.projects.map(({ source, text, bullets }) =>
		describeEntry(projectHeading(source), text, bullets)
	);
	const recipient = options.recipientName.trim()
		? [options.recipientName, options.recipientTitle]
				.map((part) => part.trim())
				.filter(Boolean)
				.join(', ')
		: 'the hiring team';
	const points = options.points.map((point) => point.trim()).filter((point) => point !== '');
	const cv = [
		input.headline.trim() ? `Headline: ${input.headline.trim()}` : '',
		input.summary.trim() ? `Summary: ${input.summary.trim()}` : '',
		...experience,
		...projects
	].filter((part) => part !== '');
	return {
		job_title: orNone(job.title, 'the advertised job'),
		company: orNone(asData(frame.company), 'the company'),
		recipient: asData(recipient),
		tone: options.tone,
		tone_guide: TONES[options.tone],
		target_words: String(range.target),
		min_words: String(range.min),
		max_words: String(range.max),
		paragraphs: PARAGRAPHS[options.length],
		points:
			points.length > 0
				? `Points the person asked to make (their own facts; make each one, close to their words):\n<person>\n${asData(bulletLines(points))}\n</person>\n\n`
				: '',
		key_qualifications: asData(bulletLines(input.keyQualifications)),
		cv: cv.length > 0 ? asData(cv.join('\n\n')) : '(none given)',
		job_ad: orNone(asData(jobExcerpt(job.description, LETTER_AD_CHARS)))
	};
}

/** The word range the prompt asked for, read back from its values (the size check's target). */
export function askedLetterWords(
	values: Readonly<Record<string, string>>
): { target: number; min: number; max: number } | undefined {
	const [target, min, max] = [values.target_words, values.min_words, values.max_words].map(Number);
	if (!target || !min || !max) return undefined;
	return { target, min, max };
}
