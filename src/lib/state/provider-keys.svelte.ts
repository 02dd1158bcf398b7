/**
 * Each provider's API key, kept apart: switching provider keeps every key. A key lives for this
 * tab (sessionStorage: it survives a reload of the tab and goes with it) or, when the person asks,
 * also on this device (IndexedDB). It is never written to the cache, an export or a message.
 */
import type { ProviderId, ProviderPreset } from '$lib/llm/provider-presets';
import { PROVIDER_IDS } from '$lib/llm/provider-presets';
import type { SettingsRepository } from '$lib/storage/settings-repository';
import { toStorageError } from '$lib/storage/storage-error';
import type { TabKeyStore } from '$lib/storage/tab-key-store';

export class ProviderKeys {
	#keys = $state<Partial<Record<ProviderId, string>>>({});
	#remembered = $state<Partial<Record<ProviderId, boolean>>>({});
	#unreadable = $state(false);
	#tabOnlyChosen = $state(false);

	constructor(
		private readonly settings: () => SettingsRepository,
		private readonly tabKey: () => TabKeyStore
	) {}

	keyOf(provider: ProviderId): string {
		return this.#keys[provider] ?? '';
	}
	remembered(provider: ProviderId): boolean {
		return this.#remembered[provider] === true;
	}

	/** Reads every remembered key, then this tab's (a remembered key wins). Never throws. */
	async load(): Promise<void> {
		try {
			const stored = await Promise.all(
				PROVIDER_IDS.map((id) => this.settings().loadApiKey(id === 'groq' ? undefined : id))
			);
			PROVIDER_IDS.forEach((id, index) => {
				const key = stored[index];
				if (key === undefined) return;
				this.#keys[id] = key;
				this.#remembered[id] = true;
			});
		} catch {
			this.#unreadable = true;
		}
		for (const id of PROVIDER_IDS) {
			const key = this.tabKey().load(id);
			if (!this.#keys[id] && key !== undefined) {
				this.#keys[id] = key;
				if (id === 'groq') this.#unreadable = false;
			}
		}
		this.#tabOnlyChosen = this.tabKey().tabOnlyChosen;
	}

	/** Why generation has no key, in words that say what to do; '' when none is needed. */
	missingReason(preset: ProviderPreset): string {
		if (this.keyOf(preset.id) !== '' || !preset.key.required) return '';
		const name = preset.label;
		if (this.#unreadable)
			return `Your settings, and any ${name} API key saved with them, could not be read from this browser’s storage. Add your key in Settings to generate.`;
		if (this.#tabOnlyChosen)
			return `This tab has no ${name} API key: a key kept “In this tab only” stays with the tab it was entered in and is gone once that tab is closed. Add it again in Settings (or choose “Remember on this device”) to generate.`;
		return `Add your ${name} API key in Settings to generate.`;
	}

	/** Sets the provider's key; the notice says where it is kept. */
	async set(provider: ProviderId, apiKey: string, remember: boolean): Promise<string> {
		const trimmed = apiKey.trim();
		const keep = remember && trimmed !== '';
		this.#keys[provider] = trimmed;
		this.#remembered[provider] = keep;
		if (provider === 'groq') this.#unreadable = false;
		const forTab = !keep && trimmed !== '';
		const keptForTab = forTab && this.tabKey().save(trimmed, provider);
		if (!forTab) this.tabKey().forget(provider);
		this.tabKey().setTabOnlyChosen(forTab);
		this.#tabOnlyChosen = forTab;
		try {
			if (keep) await this.settings().saveApiKey(trimmed, storedAs(provider));
			else await this.settings().forgetApiKey(storedAs(provider));
		} catch (error) {
			return `The key is set for this tab, but could not be saved: ${toStorageError(error).message}`;
		}
		if (trimmed === '') return 'No key set.';
		if (keep) return 'Key saved on this device.';
		return keptForTab
			? 'Key kept for this tab only: it stays when you reload and is gone when you close the tab.'
			: 'Key kept in this page only: this browser does not let the tab keep it, so a reload forgets it.';
	}

	async forget(provider: ProviderId): Promise<string> {
		this.#keys[provider] = '';
		this.#remembered[provider] = false;
		if (provider === 'groq') this.#unreadable = false;
		this.tabKey().forget(provider);
		this.tabKey().setTabOnlyChosen(false);
		this.#tabOnlyChosen = false;
		try {
			await this.settings().forgetApiKey(storedAs(provider));
			return 'Key forgotten on this device and in this tab.';
		} catch (error) {
			return `The key is cleared in this tab, but could not be removed from storage: ${toStorageError(error).message}`;
		}
	}

	/** Marks stored keys unreadable (the whole settings read failed). */
	markUnreadable(): void {
		this.#unreadable = true;
	}
}

/** Groq's key is stored where it always was (no provider argument). */
function storedAs(provider: ProviderId): string | undefined {
	return provider === 'groq' ? undefined : provider;
}
