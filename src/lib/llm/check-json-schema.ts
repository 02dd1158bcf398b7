/**
 * A small JSON-schema check for what Groq's strict structured output promises: types, required
 * and unexpected properties, enums, lengths and item counts. When the model breaks that promise
 * the app should say so, not pass a half-shaped object to the pipeline.
 */
type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function resolve(schema: Schema, root: Schema): Schema {
	const ref = schema.$ref;
	if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
	let target: unknown = root;
	for (const part of ref.slice(2).split('/')) target = isObject(target) ? target[part] : undefined;
	return isObject(target) ? resolve(target, root) : schema;
}

function matchesType(value: unknown, expected: unknown): boolean {
	const types = Array.isArray(expected) ? expected : [expected];
	const actual = typeOf(value);
	return types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
}

function check(value: unknown, raw: Schema, root: Schema, path: string, problems: string[]): void {
	const schema = resolve(raw, root);
	const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
	if (Array.isArray(alternatives)) {
		const fits = alternatives.some((option) => {
			const inner: string[] = [];
			check(value, option, root, path, inner);
			return inner.length === 0;
		});
		if (!fits) problems.push(`${path}: matches none of the allowed shapes`);
		return;
	}
	if (schema.type !== undefined && !matchesType(value, schema.type)) {
		problems.push(`${path}: expected ${JSON.stringify(schema.type)}, got ${typeOf(value)}`);
		return;
	}
	if (Array.isArray(schema.enum) && !schema.enum.some((option) => option === value))
		problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
	if ('const' in schema && schema.const !== value)
		problems.push(`${path}: must be ${JSON.stringify(schema.const)}`);
	if (typeof value === 'string') {
		if (typeof schema.minLength === 'number' && value.length < schema.minLength)
			problems.push(`${path}: shorter than ${schema.minLength} characters`);
		if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
			problems.push(`${path}: longer than ${schema.maxLength} characters`);
	}
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum)
			problems.push(`${path}: below ${schema.minimum}`);
		if (typeof schema.maximum === 'number' && value > schema.maximum)
			problems.push(`${path}: above ${schema.maximum}`);
	}
	if (Array.isArray(value)) {
		if (typeof schema.minItems === 'number' && value.length < schema.minItems)
			problems.push(`${path}: fewer than ${schema.minItems} items`);
		if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
			problems.push(`${path}: more than ${schema.maxItems} items`);
		if (isObject(schema.items)) {
			const items = schema.items;
			value.forEach((item, index) => check(item, items, root, `${path}[${index}]`, problems));
		}
	}
	if (isObject(value)) {
		const properties = isObject(schema.properties) ? schema.properties : {};
		for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
			if (!(name in value)) problems.push(`${path}.${name}: missing`);
		}
		for (const [name, child] of Object.entries(value)) {
			const childSchema = properties[name];
			if (isObject(childSchema)) check(child, childSchema, root, `${path}.${name}`, problems);
			else if (schema.additionalProperties === false)
				problems.push(`${path}.${name}: not allowed here`);
		}
	}
}

/** Problems with `value` against `schema`, as "$.path: what is wrong"; empty when it fits. */
export function checkJsonSchema(value: unknown, schema: Schema): string[] {
	const problems: string[] = [];
	check(value, schema, schema, '$', problems);
	return problems;
}
