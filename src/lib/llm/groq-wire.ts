/**
 * The parts of Groq's wire format the app reads, as zod schemas: nothing that arrives over the
 * network is trusted as typed. Unknown fields pass through untouched (Groq adds fields often).
 */
import { z } from 'zod';

export const GroqChatCompletionSchema = z.object({
	model: z.string(),
	choices: z
		.array(
			z.object({
				message: z.object({
					content: z.string().nullish(),
					reasoning: z.string().nullish()
				}),
				finish_reason: z.string().nullish()
			})
		)
		.min(1),
	usage: z
		.object({
			prompt_tokens: z.number().nonnegative(),
			completion_tokens: z.number().nonnegative(),
			total_tokens: z.number().nonnegative(),
			/** Seconds Groq spent on the request (queue + prompt + completion), not counting transit. */
			total_time: z.number().nonnegative().nullish()
		})
		.optional()
});
export type GroqChatCompletion = z.infer<typeof GroqChatCompletionSchema>;

export const GroqModelSchema = z.object({
	id: z.string().min(1),
	active: z.boolean().nullish(),
	context_window: z.number().nullish(),
	max_completion_tokens: z.number().nullish(),
	owned_by: z.string().nullish()
});
export type GroqModel = z.infer<typeof GroqModelSchema>;

export const GroqModelListSchema = z.object({ data: z.array(GroqModelSchema) });

/** `{"error":{"message":…,"type":…,"code":…}}`, Groq's error body. */
export const GroqErrorBodySchema = z.object({
	error: z.object({
		message: z.string().optional(),
		type: z.string().nullish(),
		code: z.string().nullish(),
		failed_generation: z.string().nullish()
	})
});
export type GroqErrorBody = z.infer<typeof GroqErrorBodySchema>['error'];
