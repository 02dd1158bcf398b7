/**
 * Where a key chosen "In this tab only" lives: `sessionStorage`, which the browser keeps across
 * reloads of the tab and throws away when the tab closes (it is never in IndexedDB, the cache or
 * an export). A note in `localStorage` (never the key) records that the person chose a tab-only
 * key, so a tab without one can say why instead of only asking for it.
 */
export interface TabKeyStore {
	/** The key kept for this tab, if any. */
	load(): string | undefined;
	/** Keeps the key for this tab; false when the browser refuses (then a reload forgets it). */
	save(apiKey: string): boolean;
	forget(): void;
	/** Whether the person's last choice on this device was a key for one tab only. */
	readonly tabOnlyChosen: boolean;
	setTabOnlyChosen(chosen: boolean): void;
}

const KEY_NAME = 'aicvgen.apiKey';
const CHOICE_NAME = 'aicvgen.keyKeptForTabOnly';

/** Storage access throws in some privacy modes: each call is on its own and never throws. */
function attempt<T>(action: () => T, fallback: T): T {
	try {
		return action();
	} catch {
		return fallback;
	}
}

export class BrowserTabKeyStore implements TabKeyStore {
	load(): string | undefined {
		const key = attempt(() => sessionStorage.getItem(KEY_NAME), null);
		return key ? key : undefined;
	}

	save(apiKey: string): boolean {
		return attempt(() => {
			sessionStorage.setItem(KEY_NAME, apiKey);
			return true;
		}, false);
	}

	forget(): void {
		attempt(() => sessionStorage.removeItem(KEY_NAME), undefined);
	}

	get tabOnlyChosen(): boolean {
		return attempt(() => localStorage.getItem(CHOICE_NAME) === 'yes', false);
	}

	setTabOnlyChosen(chosen: boolean): void {
		attempt(
			() =>
				chosen ? localStorage.setItem(CHOICE_NAME, 'yes') : localStorage.removeItem(CHOICE_NAME),
			undefined
		);
	}
}

/** The twin for tests and for places without a browser: one "tab" is one instance. */
export class MemoryTabKeyStore implements TabKeyStore {
	key: string | undefined;
	tabOnlyChosen = false;
	/** Set to make `save` fail as a browser that blocks sessionStorage would. */
	refuse = false;

	load(): string | undefined {
		return this.key;
	}
	save(apiKey: string): boolean {
		if (this.refuse) return false;
		this.key = apiKey;
		return true;
	}
	forget(): void {
		this.key = undefined;
	}
	setTabOnlyChosen(chosen: boolean): void {
		this.tabOnlyChosen = chosen;
	}
}
