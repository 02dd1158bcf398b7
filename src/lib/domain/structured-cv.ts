import { z } from 'zod';
import { assertTransition, ItemStatusSchema, type ItemStatus } from './item-status';
import { FindingSchema } from './finding';
import { LIMITS } from './limits';
import { boundedList, boundedText, optionalText, timestamp } from './text';

/** What an item holds: a paragraph (summary, role one-liner) and/or bullets (phrases, achievements). */
export const ItemContentSchema = z.object({
	text: optionalText(LIMITS.paragraph),
	bullets: boundedList(boundedText(LIMITS.bullet), LIMITS.keyQualifications, 'bullets').default([]),
	/**
	 * Key qualifications only: the ads' key terms the same answer named (issue 17), for the match
	 * panel. Never exported; absent in sessions saved before it existed.
	 */
	keyTerms: boundedList(boundedText(LIMITS.bullet), 60, 'key terms').optional()
});
export type ItemContent = z.infer<typeof ItemContentSchema>;

/** An earlier state of an item's content, kept so the user can go back to it. */
export const ItemVersionSchema = z.object({
	content: ItemContentSchema,
	createdAt: timestamp(),
	origin: z.enum(['generated', 'edited']),
	/** The user's feedback that produced this version, when it was a regenerate. */
	feedback: optionalText(LIMITS.paragraph)
});
export type ItemVersion = z.infer<typeof ItemVersionSchema>;

export const ItemErrorSchema = z.object({
	/** Plain words for a non-engineer: what happened. */
	message: boundedText(LIMITS.paragraph),
	/** What to do next, e.g. "Check your key in Settings, then press Retry." */
	action: optionalText(LIMITS.paragraph)
});
export type ItemError = z.infer<typeof ItemErrorSchema>;

/**
 * Something the app noticed about the model's answer that the person should know before
 * accepting it: markup it removed, or an answer shorter (or a letter longer) than the prompt asked for.
 */
export const ItemNoteSchema = z.object({
	/** `long_answer`: a cover letter well over its word range (the only answer held to a maximum). */
	kind: z.enum(['markup_removed', 'short_answer', 'long_answer']),
	message: boundedText(LIMITS.paragraph)
});
export type ItemNote = z.infer<typeof ItemNoteSchema>;

export const ITEM_KINDS = [
	'key_qualifications',
	'role',
	'project',
	'executive_summary',
	'cover_letter'
] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

export const CvItemSchema = z.object({
	id: z.string().min(1).max(100),
	kind: ItemKindSchema,
	/**
	 * The role or project this item tailors; empty for key qualifications, the summary and the
	 * cover letter (whose `content.text` holds the body paragraphs, a blank line between them).
	 */
	sourceId: optionalText(100),
	status: ItemStatusSchema.default('pending'),
	content: ItemContentSchema.default({ text: '', bullets: [] }),
	versions: boundedList(ItemVersionSchema, LIMITS.versionsPerItem, 'versions').default([]),
	/** Feedback for the next generation ("shorter", "stress the migration"). */
	feedback: optionalText(LIMITS.paragraph),
	/** Excluded items are exported as the user wrote them, never sent to the LLM. */
	excluded: z.boolean().default(false),
	error: ItemErrorSchema.optional(),
	/** Unsupported claims the fabrication guard found in `content`. */
	findings: z.array(FindingSchema).max(200).default([]),
	/** Notes on the last generated answer; absent in sessions saved before they existed. */
	notes: z.array(ItemNoteSchema).max(10).optional(),
	updatedAt: timestamp().default(0)
});
export type CvItem = z.infer<typeof CvItemSchema>;

export const SECTION_KINDS = [
	'key_qualifications',
	'experience',
	'projects',
	'executive_summary',
	/** The cover letter (issue 18): one item, written last, never part of the CV's exports. */
	'cover_letter'
] as const;
export const SectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const CvSectionSchema = z.object({
	kind: SectionKindSchema,
	items: boundedList(CvItemSchema, LIMITS.roles + 1, 'items').default([])
});
export type CvSection = z.infer<typeof CvSectionSchema>;

/**
 * The single source of truth for what is tailored: sections of items, each with its status,
 * content and earlier versions. Saved after every change.
 */
export const StructuredCvSchema = z
	.object({
		sections: z.array(CvSectionSchema).max(SECTION_KINDS.length).default([])
	})
	.superRefine((cv, context) => {
		// Ids are unique across sections: findItem and updateItem search the whole CV.
		const seen = new Set<string>();
		cv.sections.forEach((section, sectionIndex) => {
			section.items.forEach((item, itemIndex) => {
				if (seen.has(item.id)) {
					context.addIssue({
						code: 'custom',
						path: ['sections', sectionIndex, 'items', itemIndex, 'id'],
						message: `The id "${item.id.slice(0, 40)}" is used twice; each item needs its own.`
					});
				}
				seen.add(item.id);
			});
		});
	});
export type StructuredCv = z.infer<typeof StructuredCvSchema>;

export function emptyStructuredCv(): StructuredCv {
	return { sections: SECTION_KINDS.map((kind) => ({ kind, items: [] })) };
}

export function allItems(cv: StructuredCv): CvItem[] {
	return cv.sections.flatMap((section) => section.items);
}

export function findItem(cv: StructuredCv, itemId: string): CvItem | undefined {
	return allItems(cv).find((item) => item.id === itemId);
}

/** Returns a copy of `cv` with one item replaced by `update(item)`; other items are untouched. */
export function updateItem(
	cv: StructuredCv,
	itemId: string,
	update: (item: CvItem) => CvItem
): StructuredCv {
	let found = false;
	const sections = cv.sections.map((section) => ({
		...section,
		items: section.items.map((item) => {
			if (item.id !== itemId) return item;
			found = true;
			return update(item);
		})
	}));
	if (!found) throw new Error(`There is no CV item with id ${itemId}.`);
	return { sections };
}

/** Moves an item to a new status, rejecting moves the flow does not allow. */
export function transitionItem(
	cv: StructuredCv,
	itemId: string,
	to: ItemStatus,
	now: number,
	changes: Partial<Pick<CvItem, 'content' | 'error' | 'feedback'>> = {}
): StructuredCv {
	return updateItem(cv, itemId, (item) => {
		assertTransition(item.status, to);
		const next: CvItem = { ...item, ...changes, status: to, updatedAt: now };
		if (to !== 'failed') delete next.error;
		return next;
	});
}

/** Keeps `content` as a version the user can go back to, newest last, bounded. */
export function withVersion(
	item: CvItem,
	origin: ItemVersion['origin'],
	now: number,
	feedback = ''
): CvItem {
	const hasContent = item.content.text.trim() !== '' || item.content.bullets.length > 0;
	if (!hasContent) return item;
	const version: ItemVersion = { content: item.content, createdAt: now, origin, feedback };
	const versions = [...item.versions, version].slice(-LIMITS.versionsPerItem);
	return { ...item, versions };
}

/**
 * After a reload or crash no request is in flight, so an item that says "generating" is lying:
 * it goes back to pending, keeping whatever content it had.
 */
export function recoverInterruptedItems(cv: StructuredCv, now: number): StructuredCv {
	// Unchanged CV, same object: callers skip the save (opening a session in a second tab must
	// not write anything).
	if (!allItems(cv).some((item) => item.status === 'generating')) return cv;
	return {
		sections: cv.sections.map((section) => ({
			...section,
			items: section.items.map((item) =>
				item.status === 'generating'
					? { ...item, status: 'pending' as const, updatedAt: now }
					: item
			)
		}))
	};
}
