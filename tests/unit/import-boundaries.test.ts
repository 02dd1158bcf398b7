/**
 * The layering the README describes, checked on every run: pages and components talk to `state/`
 * (and the pure `domain/` and their own `ui/`) only; `domain/` depends on nothing but zod; no two
 * folders of `src/lib` depend on each other. Type imports are allowed everywhere: they vanish at
 * build time.
 */
import { describe, expect, it } from 'vitest';
import { appImports, areaOf, folderCycles, importsOf, type ImportEdge } from './import-graph';

const edges = appImports();

/** Where a route or component may take a value from. */
const VIEW_MAY_USE = new Set(['lib/state', 'lib/domain', 'lib/ui', 'routes']);

function isView(file: string): boolean {
	return file.startsWith('routes/') || areaOf(file) === 'lib/ui';
}

function viewViolations(all: readonly ImportEdge[]): string[] {
	return all
		.filter((edge) => isView(edge.file) && !edge.typeOnly && edge.target !== undefined)
		.filter((edge) => edge.target?.startsWith('lib') && !VIEW_MAY_USE.has(edge.target))
		.map((edge) => `${edge.file} imports ${edge.specifier}`);
}

function domainViolations(all: readonly ImportEdge[]): string[] {
	return all
		.filter((edge) => areaOf(edge.file) === 'lib/domain')
		.filter((edge) => edge.specifier !== 'zod' && edge.target !== 'lib/domain')
		.map((edge) => `${edge.file} imports ${edge.specifier}`);
}

describe('import boundaries of src/', () => {
	it('reads the imports of the app (the check is looking at something)', () => {
		expect(edges.some((edge) => edge.file === 'routes/+page.svelte')).toBe(true);
		expect(edges.filter((edge) => edge.target === 'lib/domain').length).toBeGreaterThan(20);
	});

	it('routes and ui/ take values from state/, domain/ and ui/ only', () => {
		expect(viewViolations(edges)).toEqual([]);
	});

	it('domain/ imports nothing but zod', () => {
		expect(domainViolations(edges)).toEqual([]);
	});

	it('no two folders of src/lib depend on each other', () => {
		expect(folderCycles(edges)).toEqual([]);
	});
});

describe('the checks catch what they guard against', () => {
	const component = 'lib/ui/Panel.svelte';

	it('a component importing a value from storage is reported; a type import is not', () => {
		const value = importsOf(
			component,
			`<script>\n\timport { x } from '$lib/storage/a';\n</script>`
		);
		const type = importsOf(component, `import { type X, type Y } from '$lib/storage/a';`);
		expect(viewViolations(value)).toEqual([`${component} imports $lib/storage/a`]);
		expect(viewViolations(type)).toEqual([]);
	});

	it('domain importing another folder or package is reported', () => {
		const found = importsOf(
			'lib/domain/a.ts',
			`import { z } from 'zod';\nimport { y } from '../llm/b';`
		);
		expect(domainViolations(found)).toEqual(['lib/domain/a.ts imports ../llm/b']);
	});

	it('a cycle through three folders is reported once, with the files that make it', () => {
		const found = [
			...importsOf('lib/a/one.ts', `import { b } from '$lib/b/two';`),
			...importsOf('lib/b/two.ts', `import { c } from '$lib/c/three';`),
			...importsOf('lib/c/three.ts', `export { a } from '../a/one';`),
			...importsOf('lib/c/four.ts', `import type { A } from '$lib/a/one';`)
		];
		expect(folderCycles(found)).toEqual([
			'[lib/a,lib/b,lib/c] lib/a -> lib/b (lib/a/one.ts), lib/b -> lib/c (lib/b/two.ts), lib/c -> lib/a (lib/c/three.ts)'
		]);
		expect(folderCycles(found.slice(0, 2))).toEqual([]);
	});
});
