/** Whether the browser believes it is online; generation is disabled while it is not. */
export class Connectivity {
	#online = $state(true);

	constructor() {
		if (typeof window === 'undefined') return;
		this.#online = navigator.onLine;
		window.addEventListener('online', () => (this.#online = true));
		window.addEventListener('offline', () => (this.#online = false));
	}

	get online(): boolean {
		return this.#online;
	}
}

export const connectivity = new Connectivity();
