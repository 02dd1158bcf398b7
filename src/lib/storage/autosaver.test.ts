import { describe, expect, it } from 'vitest';
import { Autosaver, type Timers } from './autosaver';

/** Timers the test moves by hand, so the debounce is exact and instant. */
class ManualTimers implements Timers {
	now = 0;
	#next = 1;
	readonly #scheduled = new Map<number, { at: number; callback: () => void }>();

	setTimeout(callback: () => void, ms: number): unknown {
		const handle = this.#next++;
		this.#scheduled.set(handle, { at: this.now + ms, callback });
		return handle;
	}

	clearTimeout(handle: unknown): void {
		this.#scheduled.delete(handle as number);
	}

	get pending(): number {
		return this.#scheduled.size;
	}

	advance(ms: number): void {
		this.now += ms;
		for (const [handle, timer] of [...this.#scheduled]) {
			if (timer.at <= this.now) {
				this.#scheduled.delete(handle);
				timer.callback();
			}
		}
	}
}

/** A save whose completion the test controls, recording what was saved and in which order. */
class ControlledSave {
	readonly started: string[] = [];
	readonly finished: string[] = [];
	readonly #waiting: Array<{
		value: string;
		resolve: () => void;
		reject: (error: unknown) => void;
	}> = [];
	autoComplete = false;

	readonly save = (value: string): Promise<void> => {
		this.started.push(value);
		if (this.autoComplete) {
			this.finished.push(value);
			return Promise.resolve();
		}
		return new Promise<void>((resolve, reject) => {
			this.#waiting.push({
				value,
				resolve: () => {
					this.finished.push(value);
					resolve();
				},
				reject
			});
		});
	};

	complete(): void {
		this.#waiting.shift()?.resolve();
	}

	fail(error: unknown): void {
		this.#waiting.shift()?.reject(error);
	}
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(delayMs = 400) {
	const timers = new ManualTimers();
	const saves = new ControlledSave();
	const errors: unknown[] = [];
	const autosaver = new Autosaver<string>(
		saves.save,
		(error) => errors.push(error),
		delayMs,
		timers
	);
	return { timers, saves, errors, autosaver };
}

describe('Autosaver', () => {
	it('saves once, with the last value, after typing pauses for the delay', async () => {
		const { timers, saves, autosaver } = setup(400);
		saves.autoComplete = true;
		autosaver.schedule('H');
		timers.advance(300);
		autosaver.schedule('He');
		timers.advance(300);
		autosaver.schedule('Hello');
		timers.advance(399);
		expect(saves.started).toEqual([]);
		expect(autosaver.hasPendingChanges).toBe(true);

		timers.advance(1);
		await settle();
		expect(saves.finished).toEqual(['Hello']);
		expect(autosaver.hasPendingChanges).toBe(false);
	});

	it('flush saves at once without waiting for the delay, and leaves no timer behind', async () => {
		const { timers, saves, autosaver } = setup();
		saves.autoComplete = true;
		autosaver.schedule('draft');
		await autosaver.flush();
		expect(saves.finished).toEqual(['draft']);
		expect(timers.pending).toBe(0);
		timers.advance(1_000);
		await settle();
		expect(saves.started).toEqual(['draft']);
	});

	it('flush with nothing pending does not save', async () => {
		const { saves, autosaver } = setup();
		await autosaver.flush();
		expect(saves.started).toEqual([]);
	});

	it('saves a change made during a running save after it, so the newest value lands last', async () => {
		const { timers, saves, autosaver } = setup(100);
		autosaver.schedule('v1');
		timers.advance(100);
		await settle();
		expect(saves.started).toEqual(['v1']);

		autosaver.schedule('v2');
		autosaver.schedule('v3');
		expect(autosaver.hasQueuedValue).toBe(true);
		timers.advance(100);
		await settle();
		// Only one save runs at a time.
		expect(saves.started).toEqual(['v1']);

		const flushed = autosaver.flush();
		saves.complete();
		await settle();
		expect(saves.started).toEqual(['v1', 'v3']);
		saves.complete();
		await flushed;
		expect(saves.finished).toEqual(['v1', 'v3']);
		expect(autosaver.hasPendingChanges).toBe(false);
	});

	it('flush resolves only when everything scheduled so far is saved', async () => {
		const { saves, autosaver } = setup();
		autosaver.schedule('a');
		let resolved = false;
		const flushed = autosaver.flush().then(() => {
			resolved = true;
		});
		await settle();
		expect(resolved).toBe(false);
		saves.complete();
		await flushed;
		expect(resolved).toBe(true);
		expect(saves.finished).toEqual(['a']);
	});

	it('reports a failed save through onError and keeps saving later changes', async () => {
		const { saves, errors, autosaver } = setup();
		const quota = new DOMException('full', 'QuotaExceededError');
		autosaver.schedule('a');
		const first = autosaver.flush();
		saves.fail(quota);
		await first;
		expect(errors).toEqual([quota]);

		autosaver.schedule('b');
		const second = autosaver.flush();
		saves.complete();
		await second;
		expect(saves.finished).toEqual(['b']);
		expect(errors).toHaveLength(1);
	});
});
