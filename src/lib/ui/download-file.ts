import { fileNamePart } from '$lib/state/presentation';

/** Saves a file on the user's device through the browser's download, without any server. */
export interface DownloadableFile {
	name: string;
	type: string;
	content: BlobPart;
}

export function downloadFile(file: DownloadableFile): void {
	const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers read the URL asynchronously after click().
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Lead Data Engineer – Acme" → "Lead-Data-Engineer-Acme", letters of any script kept. */
export function safeFileName(text: string, fallback = 'session'): string {
	return fileNamePart(text) || fallback;
}
