/**
 * The chosen provider's models and their limits, as Settings edits them: limits per model, the
 * model per step, adding and removing models. A new model starts with the provider's published
 * limits (none to speak of on this computer).
 */
import type { LlmSettings, ProviderProfile } from '$lib/llm/llm-settings';
import { ModelLimitsSchema, type LlmStep, type ModelLimits } from '$lib/llm/model-limits';
import {
	structuredOutputFor,
	type ProviderPreset,
	type StructuredOutputMode
} from '$lib/llm/provider-presets';

/** What this needs of AppSettings (kept narrow so the two stay separable). */
export interface ModelSettingsHost {
	readonly profile: ProviderProfile;
	readonly preset: ProviderPreset;
	readonly config: LlmSettings;
	/** Model ids the provider offered at the last connection test. */
	readonly liveModels: string[];
	saveProfile(profile: ProviderProfile, notice: string): Promise<boolean>;
}

export class ModelSettings {
	constructor(private readonly host: ModelSettingsHost) {}

	get rows(): Array<{ id: string; limits: ModelLimits }> {
		return Object.entries(this.host.profile.models)
			.map(([id, limits]) => ({ id, limits }))
			.sort((a, b) => a.id.localeCompare(b.id));
	}

	/** The person's choice for this provider, else the preset's for this model. */
	structuredOutputOf(model: string): StructuredOutputMode {
		const { profile, preset } = this.host;
		return profile.structuredOutput ?? structuredOutputFor(preset, model);
	}

	/** The models to offer per step: the live ones once known, else the configured ones. */
	get offered(): string[] {
		const live = this.host.liveModels;
		return live.length > 0 ? [...live] : Object.keys(this.host.profile.models).sort();
	}

	/** Models that answer a step in one call (a JSON mode); the others get two passes. */
	get oneCallModels(): string[] {
		const known = [...Object.keys(this.host.profile.models), ...this.host.liveModels];
		return known
			.filter((model, index) => known.indexOf(model) === index)
			.filter((model) => this.structuredOutputOf(model) !== 'text')
			.slice(0, 100);
	}

	/** '' returns the choice to the preset. */
	async setStructuredOutput(mode: StructuredOutputMode | ''): Promise<void> {
		const { structuredOutput: _previous, ...rest } = this.host.profile;
		await this.host.saveProfile(
			mode === '' ? rest : { ...rest, structuredOutput: mode },
			'How the model answers: saved.'
		);
	}

	async setLimits(model: string, limits: ModelLimits): Promise<string> {
		const parsed = ModelLimitsSchema.safeParse(limits);
		if (!parsed.success) return 'Each limit must be a whole number above zero.';
		const { profile } = this.host;
		await this.host.saveProfile(
			{ ...profile, models: { ...profile.models, [model]: parsed.data } },
			`Limits for ${model} saved.`
		);
		return '';
	}

	async add(model: string): Promise<string> {
		const id = model.trim();
		const { profile, preset } = this.host;
		if (id === '') return `Enter a model id, such as ${preset.defaultModels.generation}.`;
		if (id in profile.models) return `${id} is already in the list.`;
		await this.host.saveProfile(
			{ ...profile, models: { ...profile.models, [id]: { ...preset.limits } } },
			preset.local
				? `${id} added.`
				: `${id} added with ${preset.label}'s published limits; adjust them to your plan.`
		);
		return '';
	}

	async remove(model: string): Promise<string> {
		const { profile } = this.host;
		const inUse = (Object.entries(profile.modelForStep) as [LlmStep, string][]).find(
			([, id]) => id === model
		);
		if (inUse) return `${model} is used for ${inUse[0]}; pick another model for it first.`;
		const models = { ...profile.models };
		delete models[model];
		await this.host.saveProfile({ ...profile, models }, `${model} removed.`);
		return '';
	}

	async setFor(step: LlmStep, model: string): Promise<void> {
		const { profile, preset } = this.host;
		const models =
			model in profile.models
				? profile.models
				: { ...profile.models, [model]: { ...preset.limits } };
		await this.host.saveProfile(
			{ ...profile, models, modelForStep: { ...profile.modelForStep, [step]: model } },
			`${step === 'generation' ? 'Writing' : 'Cleaning'} now uses ${model}.`
		);
	}
}
