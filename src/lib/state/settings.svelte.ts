/**
 * The user's LLM settings as the pages see them: the stored configuration and keys (see
 * StoredLlmSettings), plus switching provider, its base URL, models with their limits, which model
 * each step uses, how it gives structured answers, how tailoring runs, and the result of testing
 * the connection. It also owns the one LLM stack the app uses (LlmService), so the pacer's view of
 * the budgets is shared by every page.
 */
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import { checkBaseUrl } from '$lib/llm/check-base-url';
import type { LlmClient } from '$lib/llm/llm-client';
import { type LlmStep, type ModelLimits } from '$lib/llm/model-limits';
import type { ProviderConnection } from '$lib/llm/provider-connection';
import {
	destinationOf,
	presetOf,
	providerNameOf,
	type ProviderId,
	type StructuredOutputMode
} from '$lib/llm/provider-presets';
import { toStorageError } from '$lib/storage/storage-error';
import type { DayUsage } from '$lib/storage/usage-repository';
import { browserConnectionEnvironment } from './browser-connection';
import { KeyTester, type KeyTest } from './key-test.svelte';
import { LlmService } from './llm-service';
import { ModelSettings } from './model-settings';
import { StoredLlmSettings } from './stored-llm-settings.svelte';
import { TailoringOptions } from './tailoring-options';

export { checkBaseUrl };
export type { KeyTest };
export type { SettingsDependencies } from './stored-llm-settings.svelte';

export class AppSettings extends StoredLlmSettings {
	readonly #tests = new KeyTester();
	#service: LlmService | undefined;
	/** Models and limits of the chosen provider: Settings edits them here. */
	readonly modelSettings: ModelSettings = new ModelSettings(this);
	/** How tailoring runs (two passes, writing ahead, reasoning effort), read and edited here. */
	readonly tailoring = new TailoringOptions(this);

	/** Where requests go, for the footer: "to Ollama on this computer". */
	get destination(): string {
		return destinationOf(this.preset, this.baseUrl);
	}
	structuredOutputOf(model: string): StructuredOutputMode {
		return this.modelSettings.structuredOutputOf(model);
	}
	/** Model ids the provider offers, from the last successful test (empty before one). */
	get liveModels(): string[] {
		return this.#tests.liveModels;
	}
	/** The models to offer per step: the live ones once known, else the configured ones. */
	get offeredModels(): string[] {
		return this.modelSettings.offered;
	}
	/** The models that answer a step in one call (a JSON mode), for the pipeline. */
	get structuredOutputModels(): string[] {
		return this.modelSettings.oneCallModels;
	}
	get keyTest(): KeyTest {
		return this.#tests.result;
	}

	modelFor(step: LlmStep): string {
		return this.profile.modelForStep[step];
	}
	limitsFor(model: string): ModelLimits {
		return this.profile.models[model] ?? this.preset.limits;
	}

	/** Switches provider; every provider keeps its own key, models and address. */
	async setProvider(provider: ProviderId): Promise<void> {
		if (provider === this.provider) return;
		this.#tests.reset();
		await this.save(
			{ ...this.config, provider },
			`Requests now go ${presetOf(provider).destination}.`
		);
	}

	async setApiKey(apiKey: string, remember: boolean): Promise<void> {
		this.#tests.reset('keep');
		this.tell(await this.keys.set(this.provider, apiKey, remember));
	}

	async forgetKey(): Promise<void> {
		this.#tests.reset();
		this.tell(await this.keys.forget(this.provider));
	}

	/** Lists the models the provider offers; each outcome gets its own message. */
	testKey(): Promise<void> {
		return this.#tests.run({
			preset: this.preset,
			apiKey: this.apiKey,
			baseUrl: this.baseUrl,
			chosenModels: { ...this.profile.modelForStep },
			listModels: () => this.#llm().listModels(),
			environment: browserConnectionEnvironment()
		});
	}

	async setBaseUrl(text: string): Promise<string> {
		const checked = checkBaseUrl(text, this.preset);
		if (!checked.ok) return checked.message;
		this.#tests.reset();
		await this.saveProfile(
			{ ...this.profile, baseUrl: checked.url },
			`Base URL set to ${checked.url}.`
		);
		return '';
	}

	/** '' returns the choice to the preset. */
	setStructuredOutput(mode: StructuredOutputMode | ''): Promise<void> {
		return this.modelSettings.setStructuredOutput(mode);
	}

	/** Answer budgets learned from reported usage, kept with the settings (one for the app). */
	answerBudgets(): AnswerBudgets {
		return this.#llm().answerBudgets();
	}

	async clearCache(): Promise<void> {
		try {
			await this.#llm().clearCache();
			this.tell(
				`Saved answers cleared: the next generation asks ${providerNameOf(this.preset, this.baseUrl)} again.`
			);
		} catch (error) {
			this.tell(`The saved answers could not be cleared: ${toStorageError(error).message}`);
		}
	}

	/** Read on every call, so a new provider, key, address or mode applies at once. */
	#connection(): ProviderConnection {
		return {
			preset: this.preset,
			apiKey: this.apiKey,
			baseURL: this.baseUrl,
			structuredOutput: (model) => this.structuredOutputOf(model)
		};
	}

	#llm(): LlmService {
		this.#service ??= new LlmService({
			connection: () => this.#connection(),
			limits: (model) => this.limitsFor(model),
			usage: this.dependencies.usage,
			cache: this.dependencies.cache,
			settings: this.dependencies.settings,
			stack: this.dependencies.stack
		});
		return this.#service;
	}

	/** What this device used of `model` today (the pacer's own count, shared by every tab). */
	async todayUsage(model: string): Promise<DayUsage> {
		await this.load();
		return this.#llm().todayUsage(model);
	}

	/** The ready-to-use client (cache → retry → pacer → provider) with the current settings. */
	llmClient(): LlmClient {
		return this.#llm().client();
	}
}
