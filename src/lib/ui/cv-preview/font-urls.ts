import { asset } from '$app/paths';

/** Where the app serves a bundled font file (static/fonts/), under any base path. */
export function fontUrl(fileName: string): string {
	return asset(`/fonts/${fileName}`);
}
