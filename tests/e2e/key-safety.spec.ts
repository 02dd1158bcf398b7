/**
 * The API key after a whole session of use, in both key modes: tailoring against the mock
 * Groq, a rejected key whose error echoes it back, every export. Then everything the app could
 * have written is searched for it: every IndexedDB database and store, localStorage,
 * sessionStorage, Cache Storage, each downloaded file, the console, the text on every page and
 * every request. The key may appear only in the settings store in "remember" mode, and only in
 * this tab's sessionStorage in "In this tab only" mode (which keeps it across a reload of the tab
 * and drops it with the tab).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleSession, type Session } from '../../src/lib/domain';
import { pdfText } from '../fixtures/export/pdf-inspect';
import { startMockGroq, type MockGroq } from '../mock-groq/server';
import { GENEROUS_LIMITS, generousMockLimits } from './helpers/connect-mock';
import { seedSessions } from './helpers/seed';
import { expectNothingRan, foreignRequests, watchContext } from './helpers/watch-page';

/** Not a gsk_ key, so only redaction of the exact secret can hide it, not a pattern. */
const KEY = 'proxy-key-7Q2vX9pL4mN8rT1wZ6yB';

const downloads = mkdtempSync(join(tmpdir(), 'aicvgen-e2e-key-safety-'));
let mock: MockGroq;

test.beforeAll(async () => {
	mock = await startMockGroq({ apiKey: KEY, latencyMs: 10, limits: generousMockLimits() });
});
test.afterAll(async () => {
	await mock.close();
});
test.beforeEach(() => mock.reset());

type KeyMode = 'remember' | 'tab';

/** Settings as a person fills them in; reached by the app's own links, never a reload. */
async function configure(page: Page, mode: KeyMode): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	await page.getByRole('textbox', { name: 'Base URL' }).fill(mock.url);
	await page.getByRole('button', { name: 'Save address' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Base URL set to' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Groq API key' }).fill(KEY);
	await page
		.getByRole('radio', {
			name: mode === 'remember' ? 'Remember on this device' : /In this tab only/
		})
		.check();
	await page.getByRole('button', { name: 'Save key' }).click();
	await expect(page.getByRole('button', { name: 'Forget key' })).toBeEnabled();
	for (const model of Object.keys(generousMockLimits())) {
		await page.getByLabel(`Tokens per minute for ${model}`).fill(String(GENEROUS_LIMITS.tpm));
		await page.getByLabel(`Requests per minute for ${model}`).fill(String(GENEROUS_LIMITS.rpm));
		await page.getByRole('button', { name: `Save limits for ${model}` }).click();
	}
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByText(/The key works\./)).toBeVisible();
}

async function download(page: Page, button: string | RegExp): Promise<string> {
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await pending;
	const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
	await file.saveAs(path);
	return path;
}

/** Where the key sits in browser storage: "database/store/key", "localStorage/name", ... */
async function keyLocations(page: Page, key: string): Promise<string[]> {
	return page.evaluate(async (secret) => {
		const found: string[] = [];
		const contains = (value: unknown) => {
			try {
				return JSON.stringify(value)?.includes(secret) ?? false;
			} catch {
				return String(value).includes(secret);
			}
		};
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const storeName of [...database.objectStoreNames]) {
				const entries = await new Promise<Array<[IDBValidKey, unknown]>>((resolve, reject) => {
					const store = database.transaction(storeName).objectStore(storeName);
					const keys = store.getAllKeys();
					const values = store.getAll();
					values.onsuccess = () =>
						resolve(keys.result.map((entryKey, index) => [entryKey, values.result[index]]));
					values.onerror = () => reject(values.error);
				});
				for (const [entryKey, value] of entries) {
					if (contains(value) || contains(entryKey))
						found.push(`${info.name}/${storeName}/${String(entryKey)}`);
				}
			}
			database.close();
		}
		for (const [name, storage] of [
			['localStorage', localStorage],
			['sessionStorage', sessionStorage]
		] as const) {
			for (let index = 0; index < storage.length; index++) {
				const name2 = storage.key(index) ?? '';
				if (name2.includes(secret) || (storage.getItem(name2) ?? '').includes(secret))
					found.push(`${name}/${name2}`);
			}
		}
		for (const cacheName of await caches.keys()) {
			const cache = await caches.open(cacheName);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				const body = response ? await response.clone().text() : '';
				if (request.url.includes(secret) || body.includes(secret))
					found.push(`caches/${cacheName}/${request.url}`);
			}
		}
		return found;
	}, key);
}

/** The page's visible text, with any form values, at the moment it is called. */
async function shownText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const values = [...document.querySelectorAll('input, textarea')]
			.filter((field) => (field as HTMLInputElement).type !== 'password')
			.map((field) => (field as HTMLInputElement).value);
		return `${document.body.innerText}\n${values.join('\n')}`;
	});
}

function smallSession(): Session {
	const session = exampleSession(Date.now());
	session.name = 'Key safety';
	session.profile.roles = session.profile.roles.slice(0, 2);
	session.profile.projects = [];
	return session;
}

for (const mode of ['remember', 'tab'] as const) {
	test(`after a full session the key is ${mode === 'remember' ? 'only in the key setting' : "only in this tab's sessionStorage"} ("${mode === 'remember' ? 'Remember on this device' : 'In this tab only'}")`, async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		const watch = await watchContext(context, page);
		const texts: string[] = [];
		const session = smallSession();
		await page.goto('./');
		await expect(page.getByLabel('Job you apply for')).toBeVisible();
		await page.waitForFunction(async () =>
			(await indexedDB.databases()).some((database) => database.name === 'aicvgen')
		);
		await seedSessions(page, [session]);
		await configure(page, mode);
		texts.push(await shownText(page));

		// Tailor: key qualifications, then a role whose first attempt is refused with an error
		// body that echoes the key back, as some proxies do.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Sessions' })
			.click();
		await page.getByRole('link', { name: session.name }).click();
		await page.getByRole('tab', { name: 'Tailor' }).click();
		// Two refusals in a row for the role, each echoing the key back: a proxy's 400 with the
		// key in its words, then a 401.
		const refusals = [400, 401];
		let echoed = 0;
		await page.route(`${mock.url}/openai/v1/chat/completions`, async (route) => {
			const request = route.request();
			const isRole = (request.postData() ?? '').includes('role_content');
			const status = refusals[echoed];
			if (request.method() !== 'POST' || !isRole || status === undefined) return route.fallback();
			echoed += 1;
			const authorization = (await request.allHeaders()).authorization ?? '';
			return route.fulfill({
				status,
				headers: {
					'content-type': 'application/json',
					'access-control-allow-origin': new URL(page.url()).origin
				},
				body: JSON.stringify({
					error: {
						message: `Request with "${authorization}" (key ${KEY}) was rejected by the proxy`,
						type: 'invalid_request_error',
						code: status === 401 ? 'invalid_api_key' : 'proxy_rejected'
					}
				})
			});
		});
		await page.getByRole('button', { name: 'Start tailoring' }).click();
		const qualifications = page.getByRole('article', { name: 'Key qualifications' });
		await qualifications.getByRole('button', { name: 'Accept' }).click();
		const role1 = page.getByRole('article', { name: /^Role 1/ });
		// The server's words are shown with the key blanked out.
		await expect(role1.getByRole('alert')).toContainText('[redacted key]');
		texts.push(await shownText(page));
		await role1.getByRole('button', { name: 'Retry' }).click();
		await expect(role1.getByRole('alert')).toContainText('Groq refused the API key');
		texts.push(await shownText(page));
		expect(echoed).toBe(2);
		await role1.getByRole('button', { name: 'Retry' }).click();
		await role1.getByRole('button', { name: 'Accept' }).click();
		const role2 = page.getByRole('article', { name: /^Role 2/ });
		await role2.getByRole('button', { name: 'Accept' }).click();
		await page
			.getByRole('article', { name: 'Executive summary' })
			.getByRole('button', { name: 'Accept' })
			.click();
		await expect(page.getByText('Every item is done.')).toBeVisible();
		texts.push(await shownText(page));

		// Every export: CV files, the session file from the session page and from the list.
		await page.getByRole('tab', { name: 'CV' }).click();
		await expect(page.getByRole('article', { name: 'CV preview' })).toBeVisible();
		texts.push(await shownText(page));
		// Claims the profile does not back (the mock's numbered phrases) wait for the person's tick.
		const checked = page.getByRole('checkbox', { name: /^I have checked (this claim|these)/ });
		if (await checked.isVisible()) await checked.check();
		const files = [
			await download(page, 'Download Markdown'),
			await download(page, 'Download JSON Resume'),
			await download(page, 'Export session')
		];
		const pdf = await download(page, 'Download PDF');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Sessions' })
			.click();
		files.push(await download(page, `Export ${session.name}`));
		texts.push(await shownText(page));

		for (const path of files) expect(readFileSync(path, 'utf8'), path).not.toContain(KEY);
		expect(readFileSync(pdf).includes(Buffer.from(KEY)), 'PDF bytes').toBe(false);
		expect(pdfText(pdf)).not.toContain(KEY);
		expect(pdfText(pdf)).toContain(session.profile.header.name);

		for (const text of texts) expect(text).not.toContain(KEY);
		expect(watch.console.filter((line) => line.includes(KEY))).toEqual([]);
		expect(watch.pageErrors.filter((line) => line.includes(KEY))).toEqual([]);

		// Requests: the key only in the Authorization header, only to the endpoint.
		for (const request of watch.requests) {
			expect(request.url).not.toContain(KEY);
			expect(request.body).not.toContain(KEY);
			const carriers = Object.entries(request.headers).filter(([, value]) => value.includes(KEY));
			if (carriers.length > 0) {
				expect(carriers.map(([name]) => name)).toEqual(['authorization']);
				expect(request.url.startsWith(`${mock.url}/openai/v1/`), request.url).toBe(true);
			}
		}
		expect(foreignRequests(watch, [new URL(page.url()).origin, mock.url])).toEqual([]);
		await expectNothingRan(page, watch);

		const allowed =
			mode === 'remember' ? ['aicvgen/settings/apiKey'] : ['sessionStorage/aicvgen.apiKey'];
		expect(await keyLocations(page, KEY)).toEqual(allowed);
		// Both survive a reload of the tab; the tab's key is nowhere else.
		await page.reload();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Settings' })
			.click();
		await expect(page.getByRole('button', { name: 'Forget key' })).toBeEnabled();
		expect(await keyLocations(page, KEY)).toEqual(allowed);
		expect(await shownText(page)).not.toContain(KEY);

		// Another tab: the remembered key is there, the tab's key is not (it dies with its tab).
		const otherTab = await context.newPage();
		await otherTab.goto('./settings');
		await expect(otherTab.getByRole('button', { name: 'Forget key' })).toBeEnabled({
			enabled: mode === 'remember'
		});
		expect(await keyLocations(otherTab, KEY)).toEqual(
			mode === 'remember' ? ['aicvgen/settings/apiKey'] : []
		);

		// Forgotten, it is gone from every place.
		await page.getByRole('button', { name: 'Forget key' }).click();
		await expect(page.getByRole('button', { name: 'Forget key' })).toBeDisabled();
		expect(await keyLocations(page, KEY)).toEqual([]);
	});
}
