/**
 * What the Tailor tab works with: the tailoring flow of the open session, with the app's
 * settings (whose LLM stack it sends through, and which say whether a key is set). Loaded on
 * demand by `session-services.ts`, so this code comes with the Tailor tab only.
 */
import type { AppServices } from './app-services';
import { settingsOf } from './app-settings';
import type { OpenSession } from './open-session.svelte';
import type { AppSettings } from './settings.svelte';
import { appTailoringEnvironment } from './tailoring-environment';
import { Tailoring } from './tailoring.svelte';

export interface TailoringControls {
	tailoring: Tailoring;
	settings: AppSettings;
}

export function tailoringControlsOf(services: AppServices, store: OpenSession): TailoringControls {
	const { ports } = services;
	const settings = settingsOf(services);
	void settings.load();
	const tailoring = new Tailoring(
		store,
		ports.tailoring ?? appTailoringEnvironment(settings, ports.writingMark)
	);
	return { tailoring, settings };
}
