/**
 * The one place the app is wired: storage, the LLM stack (inside the settings), and the
 * controllers the pages use. The root layout builds it once with the browser's real stores and
 * hands it down through Svelte context; tests build the same root with in-memory twins. Pages
 * and components take everything from here or from `state/`, never from storage/, llm/, export/
 * or match/. The CV tab's export and the job match hold no stores: their panels make them from
 * `cv-export.ts` and `job-match.svelte.ts`, so that code loads with the session page only.
 */
import { getContext, setContext } from 'svelte';
import type { LlmStackConfig } from '$lib/llm/llm-stack';
import type { HistoryRepository } from '$lib/storage/history-repository';
import type { LlmCacheRepository } from '$lib/storage/llm-cache-repository';
import type { PersistenceState } from '$lib/storage/request-persistence';
import type { SessionChangeFeed } from '$lib/storage/session-change-feed';
import type { SessionRepository } from '$lib/storage/session-repository';
import type { SettingsRepository } from '$lib/storage/settings-repository';
import type { TabKeyStore } from '$lib/storage/tab-key-store';
import type { UsageRepository } from '$lib/storage/usage-repository';
import type { WritingMarkStore } from '$lib/storage/writing-mark-store';
import { appCvImportDependencies } from './cv-import-environment';
import { CvImport, type CvImportDependencies } from './cv-import.svelte';
import { SessionList } from './session-list.svelte';
import type { TailoringEnvironment } from './tailoring.svelte';

/** The stores behind the app: IndexedDB and the browser in the app, memory in tests. */
export interface AppPorts {
	sessions: SessionRepository;
	history: HistoryRepository;
	changes: SessionChangeFeed;
	settings: SettingsRepository;
	cache: LlmCacheRepository;
	usage: UsageRepository;
	tabKey: TabKeyStore;
	writingMark: WritingMarkStore;
	requestPersistence: () => Promise<PersistenceState>;
	now?: () => number;
	/** Extra LLM stack options (a test's clock or time scale). */
	stack?: Partial<LlmStackConfig>;
	/** Replaces the CV readers and LLM pass (tests). */
	cvImport?: CvImportDependencies;
	/** Replaces the tailoring surroundings (tests). */
	tailoring?: TailoringEnvironment;
}

/**
 * What every page may need. The heavier services are made from it where they are used, so their
 * code loads with those pages only: `settingsOf` (the settings and the one LLM stack) in
 * `app-settings.ts`, `openSessionOf` and `tailoringOf` in `session-services.ts`.
 */
export interface AppServices {
	readonly ports: AppPorts;
	readonly sessionChanges: SessionChangeFeed;
	sessionList(): SessionList;
	cvImport(): CvImport;
	requestPersistence(): Promise<PersistenceState>;
}

export function createAppServices(ports: AppPorts): AppServices {
	const services: AppServices = {
		ports,
		sessionChanges: ports.changes,
		// Date.now is read at each call, not once: a page clock installed later (tests) must be seen.
		sessionList: () =>
			new SessionList(ports.sessions, ports.now ?? (() => Date.now()), ports.changes),
		cvImport: () =>
			new CvImport(
				ports.cvImport ??
					appCvImportDependencies(async () => (await import('./app-settings')).settingsOf(services))
			),
		requestPersistence: ports.requestPersistence
	};
	return services;
}

const KEY = Symbol('app-services');

/** Makes `services` what every page and component below the caller uses. */
export function setAppServices(services: AppServices): AppServices {
	return setContext(KEY, services);
}

export function getAppServices(): AppServices {
	const services = getContext<AppServices | undefined>(KEY);
	if (!services) throw new Error('The app services are set by the root layout, above every page.');
	return services;
}
