/**
 * The person's LLM settings as stored in this browser: read once, applied at once on every change
 * and written through, with a notice that says whether storing worked; every provider's key
 * (ProviderKeys) is read with them, and the footer's destination follows each change. AppSettings
 * adds choosing a provider, testing its connection and the LLM stack on top.
 */
import {
	defaultLlmSettings,
	LlmSettingsSchema,
	profileOf,
	withProfile,
	type LlmSettings,
	type ProviderProfile
} from '$lib/llm/llm-settings';
import type { LlmStackConfig } from '$lib/llm/llm-stack';
import { presetOf, type ProviderId, type ProviderPreset } from '$lib/llm/provider-presets';
import type { LlmCacheRepository } from '$lib/storage/llm-cache-repository';
import type { SettingsRepository } from '$lib/storage/settings-repository';
import { toStorageError } from '$lib/storage/storage-error';
import { MemoryTabKeyStore, type TabKeyStore } from '$lib/storage/tab-key-store';
import type { UsageRepository } from '$lib/storage/usage-repository';
import { ProviderKeys } from './provider-keys.svelte';
import { requestDestination } from './request-destination.svelte';

export interface SettingsDependencies {
	settings: SettingsRepository;
	cache: LlmCacheRepository;
	usage: UsageRepository;
	/** Where a tab-only key lives; without it, such a key lasts as long as this object. */
	tabKey?: TabKeyStore;
	/** Extra stack options (a test's clock or time scale). */
	stack?: Partial<LlmStackConfig>;
}

export class StoredLlmSettings {
	#config = $state<LlmSettings>(defaultLlmSettings());
	#loaded = $state(false);
	#problem = $state('');
	#notice = $state('');
	#dependencies: SettingsDependencies | undefined;
	#loading: Promise<void> | undefined;
	protected readonly keys = new ProviderKeys(
		() => this.dependencies.settings,
		() => this.#tabKey
	);

	constructor(private readonly makeDependencies: () => SettingsDependencies) {}

	/** Made on first use, so a page that never reads settings opens no storage. */
	protected get dependencies(): SettingsDependencies {
		this.#dependencies ??= this.makeDependencies();
		return this.#dependencies;
	}

	get #tabKey(): TabKeyStore {
		this.dependencies.tabKey ??= new MemoryTabKeyStore();
		return this.dependencies.tabKey;
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
	get baseUrl(): string {
		return this.profile.baseUrl;
	}
	get apiKey(): string {
		return this.keys.keyOf(this.provider);
	}
	/** Whether the chosen provider can be called: it has a key, or needs none. */
	get hasKey(): boolean {
		return this.apiKey !== '' || !this.preset.key.required;
	}
	/** Why generation has no key, in words that say what to do; '' when there is one. */
	get keyMissingReason(): string {
		if (this.hasKey) return '';
		if (!this.#loaded) return 'Reading your settings…';
		return this.keys.missingReason(this.preset);
	}
	get remember(): boolean {
		return this.keys.remembered(this.provider);
	}
	/** Why stored settings were not used, if they were unreadable. */
	get problem(): string {
		return this.#problem;
	}
	/** The outcome of the last action, for a status line. */
	get notice(): string {
		return this.#notice;
	}

	/** Reads the stored settings once; later calls wait for the same read. */
	load(): Promise<void> {
		this.#loading ??= this.#load();
		return this.#loading;
	}

	async #load(): Promise<void> {
		try {
			const loaded = await this.dependencies.settings.loadLlmSettings();
			this.#config = loaded.settings;
			requestDestination.show(loaded.settings);
			this.#problem = loaded.problem ?? '';
		} catch (error) {
			this.keys.markUnreadable();
			this.#problem = `Your settings could not be read from this browser’s storage, so the defaults are in use. ${toStorageError(error).message}`;
		}
		await this.keys.load();
		this.#loaded = true;
	}

	/** Applies `next` at once and stores it; the notice says whether storing worked. */
	async save(next: LlmSettings, notice: string): Promise<boolean> {
		this.#config = next;
		requestDestination.show(next);
		try {
			await this.dependencies.settings.saveLlmSettings($state.snapshot(next) as LlmSettings);
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

	protected tell(notice: string): void {
		this.#notice = notice;
	}
}
