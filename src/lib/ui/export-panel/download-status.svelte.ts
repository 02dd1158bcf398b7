import type { ExportedFile } from '$lib/state/cv-export';
import type { DownloadableFile } from '$lib/ui/download-file';

/** One download button: its label, what it says while the file is made, and how it is made. */
export interface DownloadChoice {
	label: string;
	/** Shown while a slow file (PDF, Word) is made. */
	progress?: string;
	make: () => ExportedFile | Promise<ExportedFile & { pages?: number }>;
}

/**
 * What a document's downloads are doing: busy while a file is made (one at a time), and the
 * line under the buttons saying what the last one did or why it failed. Owned by the view that
 * outlives a switch between CV and letter, so a file still being made keeps its buttons busy.
 */
export class DownloadStatus {
	#download: (file: DownloadableFile) => void;
	busy = $state(false);
	message = $state('');
	failed = $state(false);

	constructor(download: (file: DownloadableFile) => void) {
		this.#download = download;
	}

	async run(choice: DownloadChoice): Promise<void> {
		this.busy = true;
		this.message = choice.progress ?? '';
		try {
			const file = await choice.make();
			this.#download({ name: file.name, type: file.type, content: file.content });
			this.failed = false;
			const pages = 'pages' in file && typeof file.pages === 'number' ? file.pages : undefined;
			const summary = pages === undefined ? '' : `, ${pages} ${pages === 1 ? 'page' : 'pages'}`;
			this.message = `Downloaded ${file.name}${summary}.`;
		} catch (error) {
			this.failed = true;
			this.message = `The export failed: ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.busy = false;
		}
	}
}
