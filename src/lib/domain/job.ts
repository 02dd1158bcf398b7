import { z } from 'zod';
import { LIMITS } from './limits';
import { boundedList, boundedText, optionalText } from './text';

/** The job the person applies for, plus up to three similar ads that sharpen what matters. */
export const JobSchema = z.object({
	company: optionalText(LIMITS.shortText),
	title: optionalText(LIMITS.shortText),
	description: optionalText(LIMITS.jobDescription),
	similarDescriptions: boundedList(
		boundedText(LIMITS.jobDescription),
		LIMITS.similarJobs,
		'similar job descriptions'
	).default([])
});
export type Job = z.infer<typeof JobSchema>;

export function emptyJob(): Job {
	return JobSchema.parse({});
}
