/**
 * Where a key chosen "In this tab only" lives: `sessionStorage`, which the browser keeps across
 * reloads of the tab and throws away when the tab closes (it is never in IndexedDB, the cache or
 * an export). A note in `localStorage` (never the key) records that the person chose a tab-only
 * key, so a tab without one can say why instead of only asking for it.
 */
export interface TabKeyStore {
	/** The key kept for this tab for `provider` (Groq by default), if any. */
	load(provider?: string): string | undefined;
	/** Keeps the key for this tab; false when the browser refuses (then a reload forgets it). */
	save(apiKey: string, provider?: string): boolean;
	forget(provider?: string): void;
	/** Whether the person's last choice on this device was a key for one tab only. */
	readonly tabOnlyChosen: boolean;
	setTabOnlyChosen(chosen: boolean): void;
}

/** Groq's key keeps the name it always had; another provider's gets its own. */
function keyName(provider = 'groq'): string {
	return provider === 'groq' ? 'aicvgen.apiKey' : `aicvgen.apiKey.${provider}`;
}
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
	load(provider?: string): string | undefined {
		const key = attempt(() => sessionStorage.getItem(keyName(provider)), null);
		return key ? key : undefined;
	}

	save(apiKey: string, provider?: string): boolean {
		return attempt(() => {
			sessionStorage.setItem(keyName(provider), apiKey);
			return true;
		}, false);
	}

	forget(provider?: string): void {
		attempt(() => sessionStorage.removeItem(keyName(provider)), undefined);
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
	readonly keys = new Map<string, string>();
	tabOnlyChosen = false;
	/** Set to make `save` fail as a browser that blocks sessionStorage would. */
	refuse = false;

	/** Groq's key (the default provider's), as tests read it. */
	get key(): string | undefined {
		return this.keys.get('groq');
	}
	set key(value: string | undefined) {
		if (value === undefined) this.keys.delete('groq');
		else this.keys.set('groq', value);
	}

	load(provider = 'groq'): string | undefined {
		return this.keys.get(provider);
	}
	save(apiKey: string, provider = 'groq'): boolean {
		if (this.refuse) return false;
		this.keys.set(provider, apiKey);
		return true;
	}
	forget(provider = 'groq'): void {
		this.keys.delete(provider);
	}
	setTabOnlyChosen(chosen: boolean): void {
		this.tabOnlyChosen = chosen;
	}
}
