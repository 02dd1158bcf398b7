/**
 * The imports of the app's source, read as text, for the layering checks: which folder of
 * `src/lib` (or `routes`) a file belongs to, what it imports, and whether only types come in.
 * A type import vanishes at build time, so it never makes a runtime dependency or a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
	/** The importing file, relative to `src/`. */
	file: string;
	/** The specifier as written. */
	specifier: string;
	/** `lib/<folder>` or `routes` for the app's own files; undefined for packages. */
	target: string | undefined;
	typeOnly: boolean;
}

const IMPORT =
	/(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/** `lib/<folder>` for a path under src/lib (files directly in lib count as `lib`), else `routes`. */
export function areaOf(pathFromSrc: string): string {
	const parts = pathFromSrc.split('/');
	if (parts[0] === 'lib') return parts.length > 2 ? `lib/${parts[1]}` : 'lib';
	return parts[0] ?? '';
}

function isTypeOnly(keyword: string | undefined, clause: string): boolean {
	if (keyword) return true;
	const names = /^\{([\s\S]*)\}$/.exec(clause.trim());
	if (!names) return false;
	const items = (names[1] ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter((item) => item !== '');
	return items.length > 0 && items.every((item) => item.startsWith('type '));
}

function targetOf(file: string, specifier: string): string | undefined {
	if (specifier.startsWith('$lib/')) return areaOf(`lib/${specifier.slice('$lib/'.length)}/x`);
	if (specifier === '$lib') return 'lib';
	if (specifier.startsWith('.')) return areaOf(join(dirname(file), specifier));
	return undefined;
}

/** The imports in one file's text (for a .svelte file, its scripts and markup alike). */
export function importsOf(file: string, text: string): ImportEdge[] {
	const edges: ImportEdge[] = [];
	for (const match of text.matchAll(IMPORT)) {
		const specifier = match[4] ?? match[5] ?? match[6] ?? '';
		const typeOnly = match[4] !== undefined && isTypeOnly(match[2], match[3] ?? '');
		edges.push({ file, specifier, target: targetOf(file, specifier), typeOnly });
	}
	return edges;
}

function sourceFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Every import of the app's own source (tests excluded: they wire twins in on purpose). */
export function appImports(srcDirectory = resolve('src')): ImportEdge[] {
	return sourceFiles(srcDirectory).flatMap((path) =>
		importsOf(relative(srcDirectory, path), readFileSync(path, 'utf8'))
	);
}

/** Groups of folders that reach each other through value imports, each as `a -> b -> a` with a file per step. */
export function folderCycles(edges: readonly ImportEdge[]): string[] {
	const graph = new Map<string, Map<string, string>>();
	for (const edge of edges) {
		const from = areaOf(edge.file);
		if (edge.typeOnly || !edge.target || edge.target === from) continue;
		if (!from.startsWith('lib')) continue;
		const next = graph.get(from) ?? new Map<string, string>();
		if (!next.has(edge.target)) next.set(edge.target, edge.file);
		graph.set(from, next);
	}
	const pathBetween = (start: string, goal: string): string[] | undefined => {
		const queue: string[][] = [[start]];
		const seen = new Set([start]);
		while (queue.length > 0) {
			const path = queue.shift() ?? [];
			const last = path.at(-1) ?? '';
			for (const next of graph.get(last)?.keys() ?? []) {
				if (next === goal) return [...path, next];
				if (!seen.has(next)) {
					seen.add(next);
					queue.push([...path, next]);
				}
			}
		}
		return undefined;
	};
	const cycles = new Set<string>();
	for (const from of [...graph.keys()].sort()) {
		const path = pathBetween(from, from);
		if (!path) continue;
		// One report per cycle, however many of its folders we start from.
		const members = [...new Set(path)].sort().join(',');
		if ([...cycles].some((cycle) => cycle.startsWith(`[${members}]`))) continue;
		const steps = path
			.slice(1)
			.map((to, index) => `${path[index]} -> ${to} (${graph.get(path[index] ?? '')?.get(to)})`);
		cycles.add(`[${members}] ${steps.join(', ')}`);
	}
	return [...cycles];
}
