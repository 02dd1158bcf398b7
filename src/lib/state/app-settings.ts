/**
 * The app's one `AppSettings` (and so its one LLM stack, pacing every page against the same
 * budgets), made from the composition root's stores on first use.
 */
import type { AppServices } from './app-services';
import { AppSettings } from './settings.svelte';

const made = new WeakMap<AppServices, AppSettings>();

export function settingsOf(services: AppServices): AppSettings {
	let settings = made.get(services);
	if (!settings) {
		const { ports } = services;
		settings = new AppSettings(() => ({
			settings: ports.settings,
			cache: ports.cache,
			usage: ports.usage,
			tabKey: ports.tabKey,
			stack: ports.stack
		}));
		made.set(services, settings);
	}
	return settings;
}
