/**
 * Groq reports reset times as Go durations (`940ms`, `7.66s`, `2m59.56s`, `1h2m3s`). Anything
 * else yields undefined: a header we cannot read must never turn into a wait of NaN or zero.
 */
const UNIT_MS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	ms: 1,
	s: 1000,
	m: 60_000,
	h: 3_600_000
};

const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;

/** Milliseconds in a Go duration string, or undefined when it is not one. */
export function parseGoDuration(text: string | null | undefined): number | undefined {
	if (text === null || text === undefined) return undefined;
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	if (trimmed === '0') return 0;
	PART.lastIndex = 0;
	let total = 0;
	let consumed = 0;
	for (const match of trimmed.matchAll(PART)) {
		if (match.index !== consumed) return undefined;
		total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
		consumed = match.index + match[0].length;
	}
	if (consumed !== trimmed.length) return undefined;
	return total;
}

/** The inverse, for the mock server and for messages: 7660 → `7.66s`, 179560 → `2m59.56s`. */
export function formatGoDuration(ms: number): string {
	if (!(ms > 0)) return '0s';
	if (ms < 1000) return `${Math.round(ms * 100) / 100}ms`;
	let rest = ms;
	const hours = Math.floor(rest / 3_600_000);
	rest -= hours * 3_600_000;
	const minutes = Math.floor(rest / 60_000);
	rest -= minutes * 60_000;
	const seconds = Math.round(rest / 10) / 100;
	return `${hours > 0 ? `${hours}h` : ''}${hours > 0 || minutes > 0 ? `${minutes}m` : ''}${seconds}s`;
}
