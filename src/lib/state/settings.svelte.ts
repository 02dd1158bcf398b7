/**
 * The user's LLM settings as the pages see them: the provider, its key (see ProviderKeys), its
 * base URL, models with their limits, which model each step uses, how it gives structured answers,
 * how tailoring runs, and the result of testing the connection. It also owns the one LLM stack
 * the app uses (LlmService), so the pacer's view of the budgets is shared by every page.
 */
import type { AnswerBudgets } from '$lib/llm/answer-budget';
import { checkBaseUrl } from '$lib/llm/check-base-url';
import type { LlmClient } from '$lib/llm/llm-client';
import {
	defaultLlmSettings,
	LlmSettingsSchema,
	profileOf,
	withProfile,
	type LlmSettings,
	type ProviderProfile
} from '$lib/llm/llm-settings';
import type { LlmStackConfig } from '$lib/llm/llm-stack';
import { type LlmStep, type ModelLimits } from '$lib/llm/model-limits';
import type { ProviderConnection } from '$lib/llm/provider-connection';
import {
	destinationOf,
	presetOf,
	type ProviderId,
	type ProviderPreset,
	type StructuredOutputMode
} from '$lib/llm/provider-presets';
import type { LlmCacheRepository } from '$lib/storage/llm-cache-repository';
import type { SettingsRepository } from '$lib/storage/settings-repository';
import { toStorageError } from '$lib/storage/storage-error';
import { MemoryTabKeyStore, type TabKeyStore } from '$lib/storage/tab-key-store';
import type { DayUsage, UsageRepository } from '$lib/storage/usage-repository';
import { browserConnectionEnvironment } from './browser-connection';
import { KeyTester, type KeyTest } from './key-test.svelte';
import { LlmService } from './llm-service';
import { ModelSettings } from './model-settings';
import { ProviderKeys } from './provider-keys.svelte';
import { requestDestination } from './request-destination.svelte';
import { TailoringOptions } from './tailoring-options';

export { checkBaseUrl };
export type { KeyTest };

export interface SettingsDependencies {
	settings: SettingsRepository;
	cache: LlmCacheRepository;
	usage: UsageRepository;
	/** Where a tab-only key lives; without it, such a key lasts as long as this object. */
	tabKey?: TabKeyStore;
	/** Extra stack options (a test's clock or time scale). */
	stack?: Partial<LlmStackConfig>;
}

export class AppSettings {
	#config = $state<LlmSettings>(defaultLlmSettings());
	readonly #tests = new KeyTester();
	readonly #keys = new ProviderKeys(
		() => this.#deps.settings,
		() => this.#tabKey
	);
	#loaded = $state(false);
	#problem = $state('');
	#notice = $state('');
	#dependencies: SettingsDependencies | undefined;
	#service: LlmService | undefined;
	#loading: Promise<void> | undefined;
	/** Models and limits of the chosen provider: Settings edits them here. */
	readonly modelSettings: ModelSettings = new ModelSettings(this);
	/** How tailoring runs (two passes, writing ahead, reasoning effort), read and edited here. */
	readonly tailoring = new TailoringOptions(this);

	constructor(private readonly makeDependencies: () => SettingsDependencies) {}

	get #deps(): SettingsDependencies {
		this.#dependencies ??= this.makeDependencies();
		return this.#dependencies;
	}

	get #tabKey(): TabKeyStore {
		this.#deps.tabKey ??= new MemoryTabKeyStore();
		return this.#deps.tabKey;
	}

	get loaded(): boolean {
		return this.#loaded;
	}
	/** The whole stored configuration (for the parts that edit it: models, tailoring). */
	get config(): LlmSettings {
		return this.#config;
	}
	get provider(): ProviderId {
		return this.#config.provider;
	}
	get preset(): ProviderPreset {
		return presetOf(this.#config.provider);
	}
	/** The chosen provider's profile: address, models, model per step. */
	get profile(): ProviderProfile {
		return profileOf(this.#config, this.#config.provider);
	}
	get apiKey(): string {
		return this.#keys.keyOf(this.provider);
	}
	/** Whether the chosen provider can be called: it has a key, or needs none. */
	get hasKey(): boolean {
		return this.apiKey !== '' || !this.preset.key.required;
	}
	/** Why generation has no key, in words that say what to do; '' when there is one. */
	get keyMissingReason(): string {
		if (this.hasKey) return '';
		if (!this.#loaded) return 'Reading your settings…';
		return this.#keys.missingReason(this.preset);
	}
	get remember(): boolean {
		return this.#keys.remembered(this.provider);
	}
	get baseUrl(): string {
		return this.profile.baseUrl;
	}
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
	/** Why stored settings were not used, if they were unreadable. */
	get problem(): string {
		return this.#problem;
	}
	/** The outcome of the last action, for a status line. */
	get notice(): string {
		return this.#notice;
	}

	modelFor(step: LlmStep): string {
		return this.profile.modelForStep[step];
	}
	limitsFor(model: string): ModelLimits {
		return this.profile.models[model] ?? this.preset.limits;
	}

	/** Reads the stored settings once; later calls wait for the same read. */
	load(): Promise<void> {
		this.#loading ??= this.#load();
		return this.#loading;
	}

	async #load(): Promise<void> {
		try {
			const loaded = await this.#deps.settings.loadLlmSettings();
			this.#config = loaded.settings;
			requestDestination.show(loaded.settings);
			this.#problem = loaded.problem ?? '';
		} catch (error) {
			this.#keys.markUnreadable();
			this.#problem = `Your settings could not be read from this browser’s storage, so the defaults are in use. ${toStorageError(error).message}`;
		}
		await this.#keys.load();
		this.#loaded = true;
	}

	/** Applies `next` at once and stores it; the notice says whether storing worked. */
	async save(next: LlmSettings, notice: string): Promise<boolean> {
		this.#config = next;
		requestDestination.show(next);
		try {
			await this.#deps.settings.saveLlmSettings($state.snapshot(next) as LlmSettings);
			this.#notice = notice;
			return true;
		} catch (error) {
			this.#notice = `The change applies now but was not saved: ${toStorageError(error).message}`;
			return false;
		}
	}

	/** Stores a changed profile of the chosen provider. */
	saveProfile(profile: ProviderProfile, notice: string): Promise<boolean> {
		return this.save(
			LlmSettingsSchema.parse(withProfile(this.#config, this.provider, profile)),
			notice
		);
	}

	/** Switches provider; every provider keeps its own key, models and address. */
	async setProvider(provider: ProviderId): Promise<void> {
		if (provider === this.provider) return;
		this.#tests.reset();
		await this.save(
			{ ...this.#config, provider },
			`Requests now go ${presetOf(provider).destination}.`
		);
	}

	async setApiKey(apiKey: string, remember: boolean): Promise<void> {
		this.#tests.reset('keep');
		this.#notice = await this.#keys.set(this.provider, apiKey, remember);
	}

	async forgetKey(): Promise<void> {
		this.#tests.reset();
		this.#notice = await this.#keys.forget(this.provider);
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
			this.#notice = `Saved answers cleared: the next generation asks ${this.preset.label} again.`;
		} catch (error) {
			this.#notice = `The saved answers could not be cleared: ${toStorageError(error).message}`;
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
			usage: this.#deps.usage,
			cache: this.#deps.cache,
			settings: this.#deps.settings,
			stack: this.#deps.stack
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
