/**
 * How tailoring runs, as Settings edits it: two passes, writing the next item ahead, and how long
 * a reasoning model thinks. The same for every provider.
 */
import { LlmSettingsSchema, type LlmSettings } from '$lib/llm/llm-settings';
import type { ReasoningEffort } from '$lib/llm/reasoning';

export interface TailoringOptionsHost {
	readonly config: LlmSettings;
	save(next: LlmSettings, notice: string): Promise<boolean>;
}

export class TailoringOptions {
	constructor(private readonly host: TailoringOptionsHost) {}

	get twoPass(): boolean {
		return this.host.config.tailoring.twoPass;
	}
	get prefetchNext(): boolean {
		return this.host.config.tailoring.prefetchNext;
	}
	get reasoningEffort(): ReasoningEffort {
		return this.host.config.tailoring.reasoningEffort;
	}

	async setReasoningEffort(effort: ReasoningEffort): Promise<void> {
		const { config } = this.host;
		await this.host.save(
			LlmSettingsSchema.parse({
				...config,
				tailoring: { ...config.tailoring, reasoningEffort: effort }
			}),
			`Reasoning effort is ${effort}.`
		);
	}

	async set(option: 'twoPass' | 'prefetchNext', value: boolean): Promise<void> {
		const labels = {
			twoPass: value ? 'Two-pass mode is on.' : 'Two-pass mode is off.',
			prefetchNext: value
				? 'The next item is written while you review.'
				: 'Each item is written when you get to it.'
		};
		const { config } = this.host;
		await this.host.save(
			LlmSettingsSchema.parse({ ...config, tailoring: { ...config.tailoring, [option]: value } }),
			labels[option]
		);
	}
}
