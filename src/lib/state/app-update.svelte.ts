/**
 * Notices a newly deployed version (a service worker waiting to take over) and applies it only
 * when the user asks, after every open session has saved.
 */
import { flushAllPendingSaves } from './pending-saves';

export class AppUpdate {
	#available = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	get available(): boolean {
		return this.#available;
	}

	/** Starts watching; call once in the browser. */
	async watch(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.ready;
		this.#registration = registration;
		if (registration.waiting && navigator.serviceWorker.controller) this.#available = true;
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				// A first install is not an update: only offer a reload when a version is replaced.
				if (installing.state === 'installed' && navigator.serviceWorker.controller) {
					this.#available = true;
				}
			});
		});
	}

	/** Asks the browser to look for a new service worker now (after version.json changed). */
	async check(): Promise<void> {
		await this.#registration?.update();
		if (this.#registration?.waiting && navigator.serviceWorker.controller) this.#available = true;
	}

	async apply(): Promise<void> {
		await flushAllPendingSaves();
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage('SKIP_WAITING');
	}
}

export const appUpdate = new AppUpdate();
