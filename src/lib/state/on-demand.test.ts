import { describe, expect, it, vi } from 'vitest';
import { LOAD_FAILED, OnDemand } from './on-demand.svelte';

/** A load the test finishes by hand, to look at the state in between. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((done, fail) => {
		resolve = done;
		reject = fail;
	});
	return { promise, resolve, reject };
}

describe('OnDemand', () => {
	it('loads on first use only, once however often it is asked for, and shows loading meanwhile', async () => {
		const load = deferred<string>();
		const make = vi.fn(() => load.promise);
		const part = new OnDemand(make);
		expect(part.state).toEqual({ status: 'idle' });
		expect(make).not.toHaveBeenCalled();

		const first = part.get();
		const second = part.get();
		expect(part.state).toEqual({ status: 'loading' });
		load.resolve('panel');
		expect(await first).toBe('panel');
		expect(await second).toBe('panel');
		expect(part.value).toBe('panel');
		expect(make).toHaveBeenCalledTimes(1);
	});

	it('says why it failed, without throwing, and asking again tries again', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const make = vi
			.fn<() => Promise<string>>()
			.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
			.mockResolvedValueOnce('panel');
		const part = new OnDemand(make);

		expect(await part.get()).toBeUndefined();
		expect(part.state).toEqual({ status: 'failed', message: LOAD_FAILED });
		expect(await part.get()).toBe('panel');
		expect(part.state).toEqual({ status: 'ready', value: 'panel' });
	});

	it('releases what it made when the page goes, also if that arrives after the page went', async () => {
		const release = vi.fn();
		const ready = new OnDemand(async () => 'controls', release);
		await ready.get();
		ready.dispose();
		expect(release).toHaveBeenCalledWith('controls');

		const late = deferred<string>();
		const arriving = new OnDemand(() => late.promise, release);
		const pending = arriving.get();
		arriving.dispose();
		late.resolve('late controls');
		expect(await pending).toBeUndefined();
		expect(release).toHaveBeenLastCalledWith('late controls');
		expect(arriving.value).toBeUndefined();
	});
});
