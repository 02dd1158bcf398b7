const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * A 64-bit FNV-1a hash of the text's UTF-8 bytes, as 16 hex digits. Synchronous (unlike
 * `crypto.subtle.digest`) so prompt versions can be computed where they are needed; it tells
 * template versions apart, it is not meant to resist anyone.
 */
export function stableHash(text: string): string {
	let hash = FNV_OFFSET;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME) & MASK_64;
	}
	return hash.toString(16).padStart(16, '0');
}
