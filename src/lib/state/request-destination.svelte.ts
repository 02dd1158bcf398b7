/**
 * Where the app's LLM requests go, in words for the footer ("to Groq", "to Ollama on this
 * computer"). Read from the stored settings by the layout (without loading the LLM stack, so the
 * first page stays light) and updated by Settings when the person switches provider.
 */
import { profileOf, type LlmSettings } from '$lib/llm/llm-settings';
import { destinationOf, presetOf, providerNameOf } from '$lib/llm/provider-presets';
import type { SettingsRepository } from '$lib/storage/settings-repository';

class RequestDestination {
	#text = $state(presetOf('groq').destination);
	#provider = $state(presetOf('groq').label);

	get text(): string {
		return this.#text;
	}
	/** Who answers, for activity lines ("Ollama is writing…"). */
	get provider(): string {
		return this.#provider;
	}

	show(settings: LlmSettings): void {
		const preset = presetOf(settings.provider);
		const { baseUrl } = profileOf(settings, settings.provider);
		this.#text = destinationOf(preset, baseUrl);
		this.#provider = providerNameOf(preset, baseUrl);
	}

	/** Reads the stored choice; an unreadable store leaves the default (Groq). */
	async readFrom(repository: SettingsRepository): Promise<void> {
		try {
			this.show((await repository.loadLlmSettings()).settings);
		} catch {
			// The settings page says what went wrong; the footer keeps the default.
		}
	}
}

export const requestDestination = new RequestDestination();
