/**
 * Serves the static build (build/) the way a static host does: files as they are, and the SPA
 * fallback page (200.html) for any other path under the base. Used by the end-to-end tests and
 * benchmarks so they exercise the real build, not a dev server.
 *
 *   npx tsx tests/serve-build.ts [--port 4173] [--dir build] [--base /aicvgen]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const MIME_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8'
};

export interface StaticServerOptions {
	port: number;
	dir: string;
	/** The sub-path the site is hosted under, e.g. "/aicvgen"; "" for the root. */
	base: string;
	host?: string;
	/** Gzip text files for clients that accept it, as real static hosts do (benchmarks). */
	gzip?: boolean;
}

export function startStaticServer(options: StaticServerOptions): Promise<Server> {
	const root = resolve(options.dir);
	const base = options.base.replace(/\/$/, '');
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname = decodeURIComponent(url.pathname);
		if (base && !pathname.startsWith(base)) {
			response.writeHead(404).end('Not under the base path');
			return;
		}
		pathname = pathname.slice(base.length) || '/';
		const candidates = [pathname, `${pathname}.html`, join(pathname, 'index.html')];
		for (const candidate of candidates) {
			const file = normalize(join(root, candidate));
			if (!file.startsWith(root)) break;
			if (existsSync(file) && statSync(file).isFile()) {
				const headers: Record<string, string> = {
					'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
					'cache-control': 'no-cache'
				};
				if (file.endsWith('service-worker.js')) headers['service-worker-allowed'] = base || '/';
				const compress =
					options.gzip === true &&
					/gzip/.test(String(request.headers['accept-encoding'] ?? '')) &&
					/^(text\/|application\/(json|manifest)|image\/svg)/.test(headers['content-type']!);
				if (compress) headers['content-encoding'] = 'gzip';
				response.writeHead(200, headers);
				const body = createReadStream(file);
				(compress ? body.pipe(createGzip()) : body).pipe(response);
				return;
			}
		}
		const fallback = join(root, '200.html');
		if (existsSync(fallback) && !extname(pathname)) {
			response.writeHead(200, {
				'content-type': MIME_TYPES['.html']!,
				'cache-control': 'no-cache'
			});
			createReadStream(fallback).pipe(response);
			return;
		}
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	});
	return new Promise((resolvePromise) =>
		server.listen(options.port, options.host ?? '127.0.0.1', () => resolvePromise(server))
	);
}

function argument(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const options = {
		port: Number(argument('port', process.env.PORT ?? '4173')),
		dir: argument('dir', 'build'),
		base: argument('base', process.env.BASE_PATH ?? '')
	};
	await startStaticServer(options);
	console.log(`Serving ${options.dir} at http://127.0.0.1:${options.port}${options.base}/`);
}
