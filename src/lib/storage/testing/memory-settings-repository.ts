/** The in-memory twin of DexieSettingsRepository for unit tests; records its calls. */
import type { AnswerBudgetRecord } from '$lib/llm/answer-budget';
import { LlmSettingsSchema, type LlmSettings } from '$lib/llm/llm-settings';
import {
	apiKeyRecord,
	readLlmSettings,
	type LoadedLlmSettings,
	type SettingsRepository
} from '../settings-repository';

export class MemorySettingsRepository implements SettingsRepository {
	/** What is "on disk"; tests may put damaged values here. */
	readonly records = new Map<string, unknown>();
	readonly calls: string[] = [];

	async loadLlmSettings(): Promise<LoadedLlmSettings> {
		this.calls.push('loadLlmSettings');
		return readLlmSettings(structuredClone(this.records.get('llm')));
	}

	async saveLlmSettings(settings: LlmSettings): Promise<void> {
		this.calls.push('saveLlmSettings');
		this.records.set('llm', structuredClone(LlmSettingsSchema.parse(settings)));
	}

	async loadApiKey(provider?: string): Promise<string | undefined> {
		this.calls.push('loadApiKey');
		const key = this.records.get(apiKeyRecord(provider));
		return typeof key === 'string' && key !== '' ? key : undefined;
	}

	async saveApiKey(apiKey: string, provider?: string): Promise<void> {
		this.calls.push('saveApiKey');
		this.records.set(apiKeyRecord(provider), apiKey);
	}

	async forgetApiKey(provider?: string): Promise<void> {
		this.calls.push('forgetApiKey');
		this.records.delete(apiKeyRecord(provider));
	}

	async loadAnswerBudgets(): Promise<unknown> {
		this.calls.push('loadAnswerBudgets');
		return structuredClone(this.records.get('answerBudgets'));
	}

	async saveAnswerBudgets(record: AnswerBudgetRecord): Promise<void> {
		this.calls.push('saveAnswerBudgets');
		this.records.set('answerBudgets', structuredClone(record));
	}
}
