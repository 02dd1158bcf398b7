/**
 * The session page's controllers, made from the composition root's stores: the open session
 * and, living as long as the page, the tailoring flow with the app's settings and LLM stack.
 */
import type { AppServices } from './app-services';
import { settingsOf } from './app-settings';
import { OpenSession } from './open-session.svelte';
import { appTailoringEnvironment } from './tailoring-environment';
import { Tailoring } from './tailoring.svelte';

export function openSessionOf(services: AppServices): OpenSession {
	const { ports } = services;
	return new OpenSession({
		sessions: ports.sessions,
		history: ports.history,
		changes: ports.changes,
		now: ports.now
	});
}

export function tailoringOf(services: AppServices, store: OpenSession): Tailoring {
	const { ports } = services;
	return new Tailoring(
		store,
		ports.tailoring ?? appTailoringEnvironment(settingsOf(services), ports.writingMark)
	);
}
