/**
 * The user's Groq settings as the pages see them: the API key (kept for this tab, surviving its
 * reloads, or also on this device when the user asks), the base URL, the models with their limits, which
 * model each step uses, and the result of testing the key. It also owns the one LLM stack the app
 * uses, so the pacer's view of the budgets is shared by every page.
 */
import { defaultLlmSettings, LlmSettingsSchema, type LlmSettings } from '$lib/llm/llm-settings';
import type { LlmCacheRepository } from '$lib/storage/llm-cache-repository';
import type { SettingsRepository } from '$lib/storage/settings-repository';
import { toStorageError } from '$lib/storage/storage-error';
import { MemoryTabKeyStore, type TabKeyStore } from '$lib/storage/tab-key-store';
import type { DayUsage, UsageRepository } from '$lib/storage/usage-repository';

import { AnswerBudgets } from '$lib/llm/answer-budget';
import { checkBaseUrl } from '$lib/llm/check-base-url';
import type { LlmClient } from '$lib/llm/llm-client';
import type { LlmStackConfig } from '$lib/llm/llm-stack';
import {
	FREE_TIER_LIMITS,
	limitsFor,
	ModelLimitsSchema,
	type LlmStep,
	type ModelLimits
} from '$lib/llm/model-limits';
import type { ReasoningEffort } from '$lib/llm/reasoning';
import { KeyTester, type KeyTest } from './key-test.svelte';
import { LlmService } from './llm-service';

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

export interface ModelRow {
	id: string;
	limits: ModelLimits;
}

export class AppSettings {
	#apiKey = $state('');
	#remember = $state(false);
	#config = $state<LlmSettings>(defaultLlmSettings());
	readonly #keys = new KeyTester();
	#loaded = $state(false);
	#keyUnreadable = $state(false);
	#tabOnlyChosen = $state(false);
	#problem = $state('');
	#notice = $state('');
	#dependencies: SettingsDependencies | undefined;
	#service: LlmService | undefined;
	#budgets: AnswerBudgets | undefined;
	#loading: Promise<void> | undefined;

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
	get apiKey(): string {
		return this.#apiKey;
	}
	get hasKey(): boolean {
		return this.#apiKey !== '';
	}
	/** Why generation has no key, in words that say what to do; '' when there is one. */
	get keyMissingReason(): string {
		if (this.hasKey) return '';
		if (!this.#loaded) return 'Reading your settings…';
		if (this.#keyUnreadable)
			return 'Your settings, and any Groq API key saved with them, could not be read from this browser’s storage. Add your key in Settings to generate.';
		if (this.#tabOnlyChosen)
			return 'This tab has no Groq API key: a key kept “In this tab only” stays with the tab it was entered in and is gone once that tab is closed. Add it again in Settings (or choose “Remember on this device”) to generate.';
		return 'Add your Groq API key in Settings to generate.';
	}
	get remember(): boolean {
		return this.#remember;
	}
	get baseUrl(): string {
		return this.#config.baseUrl;
	}
	get models(): ModelRow[] {
		return Object.entries(this.#config.models)
			.map(([id, limits]) => ({ id, limits }))
			.sort((a, b) => a.id.localeCompare(b.id));
	}
	/** Model ids the key may use, from the last successful key test (empty before one). */
	get liveModels(): string[] {
		return this.#keys.liveModels;
	}
	/** The models to offer per step: the live ones once known, else the configured ones. */
	get offeredModels(): string[] {
		const configured = Object.keys(this.#config.models);
		const live = this.#keys.liveModels;
		return live.length > 0 ? [...live] : configured.sort();
	}
	get keyTest(): KeyTest {
		return this.#keys.result;
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
		return this.#config.modelForStep[step];
	}

	limitsFor(model: string): ModelLimits {
		return limitsFor(this.#config.models, model);
	}

	/** Reads the stored settings once; later calls wait for the same read. */
	load(): Promise<void> {
		this.#loading ??= this.#load();
		return this.#loading;
	}

	async #load(): Promise<void> {
		try {
			const [loaded, apiKey] = await Promise.all([
				this.#deps.settings.loadLlmSettings(),
				this.#deps.settings.loadApiKey()
			]);
			this.#config = loaded.settings;
			this.#problem = loaded.problem ?? '';
			if (apiKey !== undefined) {
				this.#apiKey = apiKey;
				this.#remember = true;
			}
		} catch (error) {
			this.#keyUnreadable = true;
			this.#problem = `Your settings could not be read from this browser’s storage, so the defaults are in use. ${toStorageError(error).message}`;
		} finally {
			// A reload keeps the tab: its tab-only key comes back (a remembered key wins).
			const tabKey = this.#tabKey.load();
			if (this.#apiKey === '' && tabKey !== undefined) {
				this.#apiKey = tabKey;
				this.#keyUnreadable = false;
			}
			this.#tabOnlyChosen = this.#tabKey.tabOnlyChosen;
			this.#loaded = true;
		}
	}

	async #save(next: LlmSettings, notice: string): Promise<boolean> {
		this.#config = next;
		try {
			await this.#deps.settings.saveLlmSettings($state.snapshot(next) as LlmSettings);
			this.#notice = notice;
			return true;
		} catch (error) {
			this.#notice = `The change applies now but was not saved: ${toStorageError(error).message}`;
			return false;
		}
	}

	async setApiKey(apiKey: string, remember: boolean): Promise<void> {
		const trimmed = apiKey.trim();
		this.#apiKey = trimmed;
		this.#remember = remember && trimmed !== '';
		this.#keys.reset('keep');
		this.#keyUnreadable = false;
		const forTab = !this.#remember && trimmed !== '';
		const keptForTab = forTab && this.#tabKey.save(trimmed);
		if (!forTab) this.#tabKey.forget();
		this.#tabKey.setTabOnlyChosen(forTab);
		this.#tabOnlyChosen = forTab;
		try {
			if (this.#remember) await this.#deps.settings.saveApiKey(trimmed);
			else await this.#deps.settings.forgetApiKey();
			this.#notice =
				trimmed === ''
					? 'No key set.'
					: this.#remember
						? 'Key saved on this device.'
						: keptForTab
							? 'Key kept for this tab only: it stays when you reload and is gone when you close the tab.'
							: 'Key kept in this page only: this browser does not let the tab keep it, so a reload forgets it.';
		} catch (error) {
			this.#notice = `The key is set for this tab, but could not be saved: ${toStorageError(error).message}`;
		}
	}

	async forgetKey(): Promise<void> {
		this.#apiKey = '';
		this.#remember = false;
		this.#keys.reset();
		this.#keyUnreadable = false;
		this.#tabKey.forget();
		this.#tabKey.setTabOnlyChosen(false);
		this.#tabOnlyChosen = false;
		try {
			await this.#deps.settings.forgetApiKey();
			this.#notice = 'Key forgotten on this device and in this tab.';
		} catch (error) {
			this.#notice = `The key is cleared in this tab, but could not be removed from storage: ${toStorageError(error).message}`;
		}
	}

	/** Lists the models the key may use; each outcome gets its own message. */
	testKey(): Promise<void> {
		return this.#keys.run(this.hasKey, () => this.#llm().listModels(), this.baseUrl);
	}

	async setBaseUrl(text: string): Promise<string> {
		const checked = checkBaseUrl(text);
		if (!checked.ok) return checked.message;
		this.#keys.reset();
		await this.#save({ ...this.#config, baseUrl: checked.url }, `Base URL set to ${checked.url}.`);
		return '';
	}

	async setLimits(model: string, limits: ModelLimits): Promise<string> {
		const parsed = ModelLimitsSchema.safeParse(limits);
		if (!parsed.success) return 'Each limit must be a whole number above zero.';
		await this.#save(
			{ ...this.#config, models: { ...this.#config.models, [model]: parsed.data } },
			`Limits for ${model} saved.`
		);
		return '';
	}

	async addModel(model: string): Promise<string> {
		const id = model.trim();
		if (id === '') return 'Enter a model id, such as openai/gpt-oss-120b.';
		if (id in this.#config.models) return `${id} is already in the list.`;
		await this.#save(
			{ ...this.#config, models: { ...this.#config.models, [id]: { ...FREE_TIER_LIMITS } } },
			`${id} added with the free tier's limits; adjust them to your plan.`
		);
		return '';
	}

	async removeModel(model: string): Promise<string> {
		const inUse = (Object.entries(this.#config.modelForStep) as [LlmStep, string][]).find(
			([, id]) => id === model
		);
		if (inUse) return `${model} is used for ${inUse[0]}; pick another model for it first.`;
		const models = { ...this.#config.models };
		delete models[model];
		await this.#save({ ...this.#config, models }, `${model} removed.`);
		return '';
	}

	async setModelFor(step: LlmStep, model: string): Promise<void> {
		const models =
			model in this.#config.models
				? this.#config.models
				: { ...this.#config.models, [model]: { ...FREE_TIER_LIMITS } };
		await this.#save(
			LlmSettingsSchema.parse({
				...this.#config,
				models,
				modelForStep: { ...this.#config.modelForStep, [step]: model }
			}),
			`${step === 'generation' ? 'Writing' : 'Cleaning'} now uses ${model}.`
		);
	}

	get twoPass(): boolean {
		return this.#config.tailoring.twoPass;
	}
	get prefetchNext(): boolean {
		return this.#config.tailoring.prefetchNext;
	}
	get reasoningEffort(): ReasoningEffort {
		return this.#config.tailoring.reasoningEffort;
	}

	async setReasoningEffort(effort: ReasoningEffort): Promise<void> {
		await this.#save(
			LlmSettingsSchema.parse({
				...this.#config,
				tailoring: { ...this.#config.tailoring, reasoningEffort: effort }
			}),
			`Reasoning effort is ${effort}.`
		);
	}

	/** Answer budgets learned from what Groq reported, kept with the settings (one for the app). */
	answerBudgets(): AnswerBudgets {
		this.#budgets ??= new AnswerBudgets({
			store: {
				load: () => this.#deps.settings.loadAnswerBudgets(),
				save: (record) => this.#deps.settings.saveAnswerBudgets(record)
			}
		});
		return this.#budgets;
	}

	async setTailoringOption(option: 'twoPass' | 'prefetchNext', value: boolean): Promise<void> {
		const labels = {
			twoPass: value ? 'Two-pass mode is on.' : 'Two-pass mode is off.',
			prefetchNext: value
				? 'The next item is written while you review.'
				: 'Each item is written when you get to it.'
		};
		await this.#save(
			LlmSettingsSchema.parse({
				...this.#config,
				tailoring: { ...this.#config.tailoring, [option]: value }
			}),
			labels[option]
		);
	}

	async clearCache(): Promise<void> {
		try {
			await this.#llm().clearCache();
			this.#notice = 'Saved answers cleared: the next generation asks Groq again.';
		} catch (error) {
			this.#notice = `The saved answers could not be cleared: ${toStorageError(error).message}`;
		}
	}

	#llm(): LlmService {
		this.#service ??= new LlmService({
			// Read on every call, so a new key, address or limit applies at once.
			connection: () => ({ apiKey: this.#apiKey, baseURL: this.#config.baseUrl }),
			limits: (model) => this.limitsFor(model),
			usage: this.#deps.usage,
			cache: this.#deps.cache,
			stack: this.#deps.stack
		});
		return this.#service;
	}

	/** What this device used of `model` today (the pacer's own count, shared by every tab). */
	async todayUsage(model: string): Promise<DayUsage> {
		await this.load();
		return this.#llm().todayUsage(model);
	}

	/** The ready-to-use client (cache → retry → pacer → Groq) with the current settings. */
	llmClient(): LlmClient {
		return this.#llm().client();
	}
}
