/** Small pure helpers for editing ordered lists in the profile (roles, accomplishments, …). */

/** Moves the entry at `index` by `delta` places; out-of-range moves leave the list as it is. */
export function moveEntry<T>(list: readonly T[], index: number, delta: number): T[] {
	const target = index + delta;
	if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
	const next = [...list];
	const [entry] = next.splice(index, 1);
	next.splice(target, 0, entry as T);
	return next;
}

export function removeEntry<T>(list: readonly T[], index: number): T[] {
	return list.filter((_, position) => position !== index);
}

/** "Python, Kafka ,, dbt" → ["Python", "Kafka", "dbt"] */
export function splitList(text: string): string[] {
	return text
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}
