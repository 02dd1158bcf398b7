/**
 * OpenAI's rules for `json_schema` with `strict: true`: every object closes itself with
 * `additionalProperties: false` and lists every property in `required`. A schema that breaks them
 * is refused up front (400) with the path where it went wrong, as OpenAI words it.
 */
type Schema = Record<string, unknown>;

function context(path: readonly string[]): string {
	return `(${path.map((part) => `'${part}'`).join(', ')}${path.length === 1 ? ',' : ''})`;
}

/** The first rule `schema` breaks, in OpenAI's words, or undefined when strict mode takes it. */
export function strictSchemaProblem(
	schema: unknown,
	path: readonly string[] = []
): string | undefined {
	if (typeof schema !== 'object' || schema === null) return undefined;
	const node = schema as Schema;
	const types = Array.isArray(node.type) ? node.type : [node.type];
	if (types.includes('object') || node.properties !== undefined) {
		if (node.additionalProperties !== false)
			return `In context=${context(path)}, 'additionalProperties' is required to be supplied and to be false.`;
		const properties = Object.keys((node.properties ?? {}) as Schema);
		const required = Array.isArray(node.required) ? (node.required as unknown[]) : [];
		const missing = properties.find((name) => !required.includes(name));
		if (missing !== undefined)
			return `In context=${context(path)}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
	}
	const children: [string[], unknown][] = [
		...Object.entries((node.properties ?? {}) as Schema).map(
			([name, child]): [string[], unknown] => [['properties', name], child]
		),
		...Object.entries((node.$defs ?? node.definitions ?? {}) as Schema).map(
			([name, child]): [string[], unknown] => [['$defs', name], child]
		),
		[['items'], node.items],
		...((node.anyOf ?? []) as unknown[]).map((child, index): [string[], unknown] => [
			['anyOf', String(index)],
			child
		])
	];
	for (const [step, child] of children) {
		const problem = strictSchemaProblem(child, [...path, ...step]);
		if (problem !== undefined) return problem;
	}
	return undefined;
}
