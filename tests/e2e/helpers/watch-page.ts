/**
 * Records what a page does behind the user's back: every request of the browser context (with
 * its headers and body), dialogs, console output, uncaught errors, and Content Security Policy
 * violations. Tests with hostile input use it to prove nothing ran and nothing left.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface SeenRequest {
	url: string;
	method: string;
	headers: Record<string, string>;
	body: string;
}

export interface PageWatch {
	requests: SeenRequest[];
	dialogs: string[];
	console: string[];
	pageErrors: string[];
	/** Origins requests were seen for, e.g. "http://127.0.0.1:4184". */
	origins(): string[];
}

/** A marker every hostile payload sets when it runs; also the one place `alert` is watched. */
const INIT_SCRIPT = `
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
	});
`;

export async function watchContext(context: BrowserContext, page: Page): Promise<PageWatch> {
	const watch: PageWatch = {
		requests: [],
		dialogs: [],
		console: [],
		pageErrors: [],
		origins() {
			return [...new Set(this.requests.map((request) => originOf(request.url)))].sort();
		}
	};
	await context.addInitScript(INIT_SCRIPT);
	context.on('request', (request) => {
		watch.requests.push({
			url: request.url(),
			method: request.method(),
			headers: request.headers(),
			body: request.postData() ?? ''
		});
	});
	page.on('dialog', (dialog) => {
		watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`));
	page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
	return watch;
}

export function originOf(url: string): string {
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'blob:' || parsed.protocol === 'data:'
			? parsed.protocol
			: parsed.origin;
	} catch {
		return url;
	}
}

/** Reads what an injected script would have left in the page. */
export async function injectionTraces(page: Page) {
	return page.evaluate(() => {
		const scope = window as unknown as { __pwned?: unknown; __cspViolations?: string[] };
		return {
			pwned: scope.__pwned ?? null,
			cspViolations: scope.__cspViolations ?? [],
			// Elements that carry an event handler attribute, or a link to a script URL.
			handlers: [...document.querySelectorAll('body *')]
				.filter((element) =>
					[...element.attributes].some((attribute) => /^on/i.test(attribute.name))
				)
				.map((element) => element.outerHTML.slice(0, 120)),
			scriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
				.map(
					(element) =>
						element.getAttribute('href') ??
						element.getAttribute('src') ??
						element.getAttribute('action') ??
						element.getAttribute('formaction') ??
						''
				)
				.filter((url) => /^\s*(javascript|data|vbscript):/i.test(url))
		};
	});
}

/** No payload ran, no dialog opened, the CSP had nothing to block, the page threw nothing. */
export async function expectNothingRan(page: Page, watch: PageWatch): Promise<void> {
	expect(await injectionTraces(page)).toEqual({
		pwned: null,
		cspViolations: [],
		handlers: [],
		scriptLinks: []
	});
	expect(watch.dialogs).toEqual([]);
	expect(watch.pageErrors).toEqual([]);
	expect(watch.console.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
}

/** Requests that went anywhere but the given origins (blob: downloads are local). */
export function foreignRequests(watch: PageWatch, allowed: string[]): string[] {
	return watch.requests
		.map((request) => request.url)
		.filter((url) => {
			const origin = originOf(url);
			return origin !== 'blob:' && !allowed.includes(origin);
		});
}

/**
 * Waits until every image on the page has loaded or failed, and two frames have been drawn
 * since: by then an injected onerror, onload or ontoggle handler would have run.
 */
export async function pageSettled(page: Page): Promise<void> {
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));
	await page.evaluate(
		() =>
			new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
	);
}
