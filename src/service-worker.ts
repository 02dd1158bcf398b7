/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: precaches the build (app code, static files, fonts, prerendered pages and
 * the SPA fallback) under a versioned cache, and serves it cache-first. What only the CV import
 * of PDF and Word files and the job match's language model use (half the build's bytes, listed
 * by vite.config.ts) is cached when first used instead: everything else, export included, works
 * offline from the first visit. A new version waits until the user accepts the update prompt
 * (message "SKIP_WAITING"), so the app is never swapped mid-edit. Requests to other origins (the
 * LLM endpoint) are never touched or cached.
 */
import { base, build, files, prerendered, version } from '$service-worker';

/** Set by vite.config.ts when the service worker is built: files cached on first use. */
declare const __ON_DEMAND_FILES__: string[];

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `aicvgen-${version}`;
const FALLBACK = `${base}/200.html`;
const ON_DEMAND = new Set(__ON_DEMAND_FILES__.map((file) => `${base}/${file}`));
const ASSETS = [...new Set([...build, ...files, ...prerendered, FALLBACK])].filter(
	(path) => !ON_DEMAND.has(path)
);
const PRECACHED = new Set(ASSETS);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('aicvgen-') && key !== CACHE) await caches.delete(key);
			}
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'SKIP_WAITING') void worker.skipWaiting();
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(request);
}

/** A file of the build cached on first use: from the cache after that, until the next version. */
async function onFirstUse(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(path);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(path, response.clone());
	return response;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	if (PRECACHED.has(url.pathname)) {
		const cached = await fromCache(url.pathname);
		if (cached) return cached;
	}
	if (ON_DEMAND.has(url.pathname)) return onFirstUse(request, url.pathname);
	if (request.mode === 'navigate') {
		// Any page of the app, also deep links with a query: the prerendered page or the SPA shell.
		const page = (await fromCache(url.pathname)) ?? (await fromCache(FALLBACK));
		if (page) return page;
	}
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await fromCache(request);
		if (cached) return cached;
		throw error;
	}
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
	// version.json tells the app whether a new version is deployed: always ask the network.
	if (url.pathname.endsWith('/_app/version.json')) return;
	event.respondWith(respond(event.request));
});
