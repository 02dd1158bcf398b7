/**
 * The app's settings in the `settings` table: the LLM configuration (base URL, models and their
 * limits, the model for each step) under `llm`, the answer budgets learned from Groq's usage
 * figures under `answerBudgets`, and an API key only when the user chose "remember on this
 * device": Groq's under `apiKey` (where it always was), another provider's under `apiKey:<id>`. Everything read back is validated; a damaged record falls back to
 * the defaults with a message saying so, never a crash.
 */
import { z } from 'zod';
import { describeIssues } from '$lib/domain';
import type { AnswerBudgetRecord } from '$lib/llm/answer-budget';
import { defaultLlmSettings, LlmSettingsSchema, type LlmSettings } from '$lib/llm/llm-settings';
import type { AppDatabase } from './database';

export interface LoadedLlmSettings {
	settings: LlmSettings;
	/** Set when stored settings were unreadable and the defaults are in use instead. */
	problem?: string;
}

const ApiKeySchema = z.string().min(1);

/** Where a provider's remembered key is kept; Groq's (the default) where it always was. */
export function apiKeyRecord(provider = 'groq'): string {
	return provider === 'groq' ? 'apiKey' : `apiKey:${provider}`;
}

export function readLlmSettings(value: unknown): LoadedLlmSettings {
	if (value === undefined) return { settings: defaultLlmSettings() };
	const parsed = LlmSettingsSchema.safeParse(value);
	if (parsed.success) return { settings: parsed.data };
	return {
		settings: defaultLlmSettings(),
		problem: `Your saved model settings could not be read, so the defaults are in use:\n${describeIssues(parsed.error)}`
	};
}

export interface SettingsRepository {
	loadLlmSettings(): Promise<LoadedLlmSettings>;
	saveLlmSettings(settings: LlmSettings): Promise<void>;
	/** The provider's remembered key (Groq's by default), if the user chose to keep it. */
	loadApiKey(provider?: string): Promise<string | undefined>;
	saveApiKey(apiKey: string, provider?: string): Promise<void>;
	forgetApiKey(provider?: string): Promise<void>;
	/** The learned answer budgets as stored (validated by their reader, AnswerBudgets). */
	loadAnswerBudgets(): Promise<unknown>;
	saveAnswerBudgets(record: AnswerBudgetRecord): Promise<void>;
}

export class DexieSettingsRepository implements SettingsRepository {
	constructor(private readonly database: AppDatabase) {}

	async loadLlmSettings(): Promise<LoadedLlmSettings> {
		return readLlmSettings((await this.database.settings.get('llm'))?.value);
	}

	async saveLlmSettings(settings: LlmSettings): Promise<void> {
		await this.database.settings.put({ key: 'llm', value: LlmSettingsSchema.parse(settings) });
	}

	async loadApiKey(provider?: string): Promise<string | undefined> {
		const record = await this.database.settings.get(apiKeyRecord(provider));
		const parsed = ApiKeySchema.safeParse(record?.value);
		return parsed.success ? parsed.data : undefined;
	}

	async saveApiKey(apiKey: string, provider?: string): Promise<void> {
		const key = apiKeyRecord(provider);
		await this.database.settings.put({ key, value: ApiKeySchema.parse(apiKey) });
	}

	async forgetApiKey(provider?: string): Promise<void> {
		await this.database.settings.delete(apiKeyRecord(provider));
	}

	async loadAnswerBudgets(): Promise<unknown> {
		return (await this.database.settings.get('answerBudgets'))?.value;
	}

	async saveAnswerBudgets(record: AnswerBudgetRecord): Promise<void> {
		await this.database.settings.put({ key: 'answerBudgets', value: record });
	}
}
