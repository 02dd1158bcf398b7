/**
 * The error a provider sent, in one shape whatever its dialect: OpenAI's and Groq's
 * `{error:{message,type,code}}`, Gemini's array `[{error:{code,message,status}}]`, Mistral's
 * `{detail:"…"}` or `{message:"…"}`. Read through schemas: an error body is outside data too.
 */
import { z } from 'zod';

export interface ErrorBody {
	message?: string;
	type?: string;
	code?: string;
	failed_generation?: string;
}

const text = z
	.union([z.string(), z.number()])
	.nullish()
	.transform((value) => (value === null || value === undefined ? undefined : String(value)));

const Nested = z.object({
	error: z.object({
		message: z.string().optional(),
		type: text,
		code: text,
		status: text,
		failed_generation: z.string().nullish()
	})
});
const Flat = z.object({ detail: z.unknown().optional(), message: z.unknown().optional() });

export function readErrorBody(raw: unknown): ErrorBody | undefined {
	const candidate = Array.isArray(raw) ? raw[0] : raw;
	const nested = Nested.safeParse(candidate);
	if (nested.success) {
		const { message, type, code, status, failed_generation } = nested.data.error;
		return {
			...(message ? { message } : {}),
			...(type || status ? { type: type ?? status } : {}),
			...(code ? { code } : {}),
			...(failed_generation ? { failed_generation } : {})
		};
	}
	const flat = Flat.safeParse(candidate);
	if (!flat.success) return undefined;
	const message = [flat.data.message, flat.data.detail].find(
		(value): value is string => typeof value === 'string' && value.trim() !== ''
	);
	return message ? { message } : undefined;
}
