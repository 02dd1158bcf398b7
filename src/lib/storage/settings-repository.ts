/**
 * The app's settings in the `settings` table: the LLM configuration (base URL, models and their
 * limits, the model for each step) under `llm`, the answer budgets learned from Groq's usage
 * figures under `answerBudgets`, and the API key under `apiKey` only when the user chose
 * "remember on this device". Everything read back is validated; a damaged record falls back to
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
	/** The remembered key, if the user chose to keep it on this device. */
	loadApiKey(): Promise<string | undefined>;
	saveApiKey(apiKey: string): Promise<void>;
	forgetApiKey(): Promise<void>;
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

	async loadApiKey(): Promise<string | undefined> {
		const parsed = ApiKeySchema.safeParse((await this.database.settings.get('apiKey'))?.value);
		return parsed.success ? parsed.data : undefined;
	}

	async saveApiKey(apiKey: string): Promise<void> {
		await this.database.settings.put({ key: 'apiKey', value: ApiKeySchema.parse(apiKey) });
	}

	async forgetApiKey(): Promise<void> {
		await this.database.settings.delete('apiKey');
	}

	async loadAnswerBudgets(): Promise<unknown> {
		return (await this.database.settings.get('answerBudgets'))?.value;
	}

	async saveAnswerBudgets(record: AnswerBudgetRecord): Promise<void> {
		await this.database.settings.put({ key: 'answerBudgets', value: record });
	}
}
