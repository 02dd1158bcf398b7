/**
 * The session page's controllers, made from the composition root's stores: the open session at
 * once, and the tailoring flow (with the app's settings and LLM stack) on demand, when the Tailor
 * tab first opens. That code (pipeline, LLM stack, claim checks) is most of the page's weight and
 * the Profile and Job tabs need none of it, so it stays off the page's first screen.
 */
import type { AppServices } from './app-services';
import { OnDemand } from './on-demand.svelte';
import { OpenSession } from './open-session.svelte';
import type { TailoringControls } from './tailoring-services';

export function openSessionOf(services: AppServices): OpenSession {
	const { ports } = services;
	return new OpenSession({
		sessions: ports.sessions,
		history: ports.history,
		changes: ports.changes,
		now: ports.now
	});
}

/**
 * The tailoring flow of the open session, made on first `get()` and kept as long as the page
 * (so switching tabs never drops a request in flight); `dispose()` ends it with the page.
 */
export function tailoringOnDemand(
	services: AppServices,
	store: OpenSession
): OnDemand<TailoringControls> {
	return new OnDemand(
		async () => (await import('./tailoring-services')).tailoringControlsOf(services, store),
		(controls) => controls.tailoring.dispose()
	);
}
