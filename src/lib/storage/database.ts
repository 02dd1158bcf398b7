/**
 * The app's one IndexedDB database. Every table holds plain records; what comes back out is
 * validated by the repository that owns the table, never trusted as typed.
 *
 * - sessions:  one record per application (a Session), key `id`.
 * - history:   per-session undo/redo stacks of earlier session snapshots, key `sessionId`, bounded.
 * - llmCache:  LLM responses keyed by a SHA-256 of the canonical request (never the API key).
 * - settings:  key/value app settings (models and limits, the API key when "remember" is chosen).
 * - usage:     request and token use per model and day, so day budgets survive a reload.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';

export interface HistoryRecord {
	sessionId: string;
	past: unknown[];
	future: unknown[];
}

export interface CacheRecord {
	key: string;
	createdAt: number;
	/** Approximate size in bytes, for the bounded eviction. */
	size: number;
	value: unknown;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

export interface UsageRecord {
	/** `${model}|${day}` */
	id: string;
	value: unknown;
}

export const DATABASE_NAME = 'aicvgen';

export class AppDatabase extends Dexie {
	sessions!: Table<unknown, string>;
	history!: Table<HistoryRecord, string>;
	llmCache!: Table<CacheRecord, string>;
	settings!: Table<SettingRecord, string>;
	usage!: Table<UsageRecord, string>;

	constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			sessions: 'id, updatedAt',
			history: 'sessionId',
			llmCache: 'key, createdAt',
			settings: 'key',
			usage: 'id'
		});
	}
}

let shared: AppDatabase | undefined;

/** The app-wide database, opened on first use (never at import time, so Node tests stay pure). */
export function appDatabase(): AppDatabase {
	shared ??= new AppDatabase();
	return shared;
}
