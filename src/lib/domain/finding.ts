import { z } from 'zod';

/**
 * A claim in generated text that the user's own data does not support (the fabrication guard's
 * output), saved on the CV item so the review can highlight it. Kinds are only ever added, so
 * a session saved before a kind existed still loads.
 */
export const FINDING_KINDS = [
	'number',
	'percentage',
	'money',
	'date',
	'organization',
	'product',
	'tool',
	'certification',
	/** Vague inflation ("award-winning", "doubled", "by a third") the person's data does not say. */
	'inflation'
] as const;
export const FindingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKindSchema>;

/** How each kind of finding is named to the person, on the review card and before export. */
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
	number: 'number',
	percentage: 'percentage',
	money: 'amount of money',
	date: 'date',
	organization: 'organization',
	product: 'product',
	tool: 'tool',
	certification: 'certification',
	inflation: 'inflated wording'
};

export const FindingSchema = z.object({
	kind: FindingKindSchema,
	/** The exact text as it appears in the generated content. */
	text: z.string().max(200),
	/** Which bullet it is in; -1 for the item's paragraph text. */
	bulletIndex: z.number().int().min(-1),
	/** Character offsets within that bullet (or paragraph). */
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	/** Set when the user confirmed it as true ("I forgot to mention it"). */
	confirmed: z.boolean().default(false)
});
export type Finding = z.infer<typeof FindingSchema>;
