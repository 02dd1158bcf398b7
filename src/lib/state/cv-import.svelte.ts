/**
 * One CV import from file or pasted text to accepted profile: read it (the heavy readers load
 * on first use), let the person review and edit the result, optionally let the LLM fill gaps,
 * then hand the reviewed profile to whoever accepts it. Nothing here touches a session: until
 * `accepted` is taken, Cancel leaves everything as it was.
 */
import { describeIssues, ProfileSchema, type Profile } from '$lib/domain';
import {
	CV_IMPORT_MAX_BYTES,
	type CvImportResult,
	type CvImportSuccess
} from '$lib/cv-import/cv-import-result';

/** The readers, loaded lazily (pdf.js and mammoth are large). */
export interface CvImportEngine {
	importText(text: string): CvImportResult;
	importFile(file: { name: string; bytes: Uint8Array }): Promise<CvImportResult>;
}

/** The optional LLM pass, ready to call; absent when no key is set. */
export interface CvImportImprover {
	model: string;
	improve(
		base: CvImportSuccess,
		signal: AbortSignal
	): Promise<{ ok: true; result: CvImportSuccess } | { ok: false; message: string }>;
}

export interface CvImportDependencies {
	engine(): Promise<CvImportEngine>;
	improver(): Promise<CvImportImprover | undefined>;
}

export type CvImportPhase = 'idle' | 'reading' | 'review' | 'improving';

const TOO_LARGE = `This file is larger than ${CV_IMPORT_MAX_BYTES / 1024 / 1024} MB, too large for a CV: export a smaller PDF, or paste the text.`;
const READ_FAILED =
	'This file could not be read here. Try exporting it again as PDF or Word, or paste the text.';

export class CvImport {
	#phase = $state<CvImportPhase>('idle');
	#refusal = $state('');
	#result = $state<CvImportSuccess | undefined>(undefined);
	#draft = $state<Profile | undefined>(undefined);
	#fileName = $state('');
	#improver = $state<CvImportImprover | undefined>(undefined);
	#improveMessage = $state('');
	#improved = $state(false);
	#editError = $state('');
	#controller: AbortController | undefined;

	constructor(private readonly dependencies: CvImportDependencies) {}

	get phase(): CvImportPhase {
		return this.#phase;
	}
	/** The one sentence saying why a file was refused (scanned, damaged, too large, not a CV). */
	get refusal(): string {
		return this.#refusal;
	}
	get result(): CvImportSuccess | undefined {
		return this.#result;
	}
	/** The profile as the person has reviewed and edited it so far. */
	get draft(): Profile | undefined {
		return this.#draft;
	}
	get fileName(): string {
		return this.#fileName;
	}
	/** Set when a key is configured: the review offers "Improve with <model>". */
	get improver(): CvImportImprover | undefined {
		return this.#improver;
	}
	/** The LLM pass ran once already: its values are in and its dropped values listed. */
	get improved(): boolean {
		return this.#improved;
	}
	get improveMessage(): string {
		return this.#improveMessage;
	}
	get editError(): string {
		return this.#editError;
	}

	async readFile(file: File): Promise<void> {
		this.#start(file.name);
		if (file.size > CV_IMPORT_MAX_BYTES) return this.#refuse(TOO_LARGE);
		await this.#read(async (engine) =>
			engine.importFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
		);
	}

	async readText(text: string): Promise<void> {
		this.#start('');
		// A pasted JSON Resume is read as one, like a .json file.
		const json = text.trimStart().startsWith('{');
		await this.#read(async (engine) =>
			json
				? engine.importFile({ name: 'pasted.json', bytes: new TextEncoder().encode(text) })
				: engine.importText(text)
		);
	}

	/** Edits the reviewed profile; an edit that would make it invalid is refused with a reason. */
	edit(mutate: (draft: Profile) => void): void {
		if (!this.#draft) return;
		// A copy, so a refused edit leaves the draft untouched (outside the browser, as in unit
		// tests, runes are plain values and a snapshot may be the object itself).
		const next = structuredClone($state.snapshot(this.#draft)) as Profile;
		mutate(next);
		const valid = ProfileSchema.safeParse(next);
		if (!valid.success) {
			this.#editError = describeIssues(valid.error, 2);
			return;
		}
		this.#editError = '';
		this.#draft = valid.data;
	}

	/** Asks the LLM to fill what the parser missed; the person's edits so far are kept. */
	async improve(): Promise<void> {
		const improver = this.#improver;
		const result = this.#result;
		if (!improver || !result || !this.#draft || this.#phase !== 'review' || this.#improved) return;
		this.#phase = 'improving';
		this.#improveMessage = '';
		this.#controller = new AbortController();
		const base: CvImportSuccess = {
			...($state.snapshot(result) as CvImportSuccess),
			profile: $state.snapshot(this.#draft) as Profile
		};
		const outcome = await improver.improve(base, this.#controller.signal);
		if (this.#phase !== 'improving') return;
		this.#phase = 'review';
		if (!outcome.ok) {
			this.#improveMessage = outcome.message;
			return;
		}
		this.#improved = true;
		this.#result = outcome.result;
		this.#draft = outcome.result.profile;
		const added = Object.values(outcome.result.origins).filter((origin) => origin === 'llm');
		const dropped = outcome.result.dropped.length - result.dropped.length;
		this.#improveMessage = `${improver.model} filled ${added.length} ${added.length === 1 ? 'field' : 'fields'}${dropped > 0 ? `; ${dropped} ${dropped === 1 ? 'value was' : 'values were'} dropped because the CV does not say ${dropped === 1 ? 'it' : 'them'}` : ''}.`;
	}

	/** The reviewed profile, for the caller to apply; the import is then over. */
	takeAccepted(): Profile | undefined {
		const draft = this.#draft ? ($state.snapshot(this.#draft) as Profile) : undefined;
		this.cancel();
		return draft;
	}

	/** Forgets the import; nothing was applied. */
	cancel(): void {
		this.#controller?.abort();
		this.#phase = 'idle';
		this.#result = undefined;
		this.#draft = undefined;
		this.#refusal = '';
		this.#improveMessage = '';
		this.#improved = false;
		this.#editError = '';
	}

	#start(name: string): void {
		this.cancel();
		this.#fileName = name;
		this.#phase = 'reading';
	}

	#refuse(message: string): void {
		this.#refusal = message;
		this.#phase = 'idle';
	}

	async #read(run: (engine: CvImportEngine) => Promise<CvImportResult>): Promise<void> {
		let result: CvImportResult;
		try {
			const engine = await this.dependencies.engine();
			result = await run(engine);
		} catch {
			return this.#refuse(READ_FAILED);
		}
		if (this.#phase !== 'reading') return;
		if (!result.ok) return this.#refuse(result.message);
		this.#result = result;
		this.#draft = result.profile;
		this.#improver = await this.dependencies.improver().catch(() => undefined);
		this.#phase = 'review';
	}
}
