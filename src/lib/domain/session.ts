import { z } from 'zod';
import { newId } from './ids';
import { CoverLetterOptionsSchema, defaultCoverLetterOptions } from './cover-letter';
import { JobSchema, emptyJob } from './job';
import { LIMITS } from './limits';
import { ProfileSchema, emptyProfile } from './profile';
import { StructuredCvSchema, emptyStructuredCv } from './structured-cv';
import { boundedText, timestamp } from './text';

/** Bumped when the stored shape changes; `migrateSession` brings older records forward. */
export const SESSION_SCHEMA_VERSION = 1;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const PaperSizeSchema = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof PaperSizeSchema>;

export const ExportPreferencesSchema = z.object({
	template: z.string().min(1).max(50).default('classic'),
	paper: PaperSizeSchema.default('a4')
});
export type ExportPreferences = z.infer<typeof ExportPreferencesSchema>;

/** What tailoring this session cost, from the usage Groq reported (cache hits cost nothing). */
export const SessionUsageSchema = z.object({
	requests: z.number().int().nonnegative().default(0),
	promptTokens: z.number().int().nonnegative().default(0),
	completionTokens: z.number().int().nonnegative().default(0),
	cachedAnswers: z.number().int().nonnegative().default(0)
});
export type SessionUsage = z.infer<typeof SessionUsageSchema>;

/** One application: the person's profile, the job, and the CV being tailored for it. */
export const SessionSchema = z.object({
	schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
	id: z.string().min(1).max(100),
	name: boundedText(LIMITS.shortText).refine((name) => name.trim() !== '', {
		message: 'Give the session a name, e.g. the job you apply for.'
	}),
	createdAt: timestamp(),
	updatedAt: timestamp(),
	/** Incremented on every save; lets two tabs detect that they edit the same session. */
	revision: z.number().int().nonnegative().default(0),
	profile: ProfileSchema.default(emptyProfile()),
	job: JobSchema.default(emptyJob()),
	cv: StructuredCvSchema.default(emptyStructuredCv()),
	exportPreferences: ExportPreferencesSchema.default({ template: 'classic', paper: 'a4' }),
	/** How the cover letter is to be written; the letter itself is the `cover_letter` CV item. */
	coverLetter: CoverLetterOptionsSchema.default(defaultCoverLetterOptions()),
	usage: SessionUsageSchema.default({
		requests: 0,
		promptTokens: 0,
		completionTokens: 0,
		cachedAnswers: 0
	})
});
export type Session = z.infer<typeof SessionSchema>;

export function createSession(name: string, now: number): Session {
	return SessionSchema.parse({
		schemaVersion: SESSION_SCHEMA_VERSION,
		id: newId(),
		name: name.trim() || 'Untitled application',
		createdAt: now,
		updatedAt: now
	});
}

/**
 * A new session from an existing one, for the next application: same profile, job and CV,
 * a new id and name. Item ids are kept, they are only unique within a session.
 */
export function duplicateSession(
	source: Session,
	now: number,
	name = `${source.name} (copy)`
): Session {
	return {
		...structuredClone(source),
		id: newId(),
		name: name.slice(0, LIMITS.shortText),
		createdAt: now,
		updatedAt: now,
		revision: 0
	};
}

/** A short summary for the session list, cheap to show without opening the session. */
export interface SessionSummary {
	id: string;
	name: string;
	updatedAt: number;
	personName: string;
	jobTitle: string;
	company: string;
}

export function summarizeSession(session: Session): SessionSummary {
	return {
		id: session.id,
		name: session.name,
		updatedAt: session.updatedAt,
		personName: session.profile.header.name,
		jobTitle: session.job.title,
		company: session.job.company
	};
}

/** Adds one answer's reported usage to the session's running total. */
export function addUsage(
	usage: SessionUsage,
	result: { fromCache: boolean; usage: { promptTokens: number; completionTokens: number } }
): SessionUsage {
	if (result.fromCache) return { ...usage, cachedAnswers: usage.cachedAnswers + 1 };
	return {
		...usage,
		requests: usage.requests + 1,
		promptTokens: usage.promptTokens + Math.max(0, Math.round(result.usage.promptTokens)),
		completionTokens:
			usage.completionTokens + Math.max(0, Math.round(result.usage.completionTokens))
	};
}
