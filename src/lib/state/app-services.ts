/**
 * The one place the app is wired: storage, the LLM stack (inside the settings), and the
 * controllers the pages use. The root layout builds it once with the browser's real stores and
 * hands it down through Svelte context; tests build the same root with in-memory twins. Pages
 * and components take everything from here, never from storage/, llm/, export/ or match/.
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
import { cvExport, type CvExport } from './cv-export';
import { JobMatch } from './job-match.svelte';
import { OpenSession } from './open-session.svelte';
import { SessionList } from './session-list.svelte';
import { AppSettings } from './settings.svelte';
import { appTailoringEnvironment } from './tailoring-environment';
import { Tailoring, type TailoringEnvironment } from './tailoring.svelte';

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
}

export interface AppServices {
	/** One for the app: its LLM stack paces every page against the same budgets. */
	readonly settings: AppSettings;
	readonly sessionChanges: SessionChangeFeed;
	readonly cvExport: CvExport;
	sessionList(): SessionList;
	openSession(): OpenSession;
	/** Lives as long as the page that makes it, so switching tabs never drops a request. */
	tailoring(store: OpenSession, environment?: TailoringEnvironment): Tailoring;
	cvImport(): CvImport;
	jobMatch(): JobMatch;
	requestPersistence(): Promise<PersistenceState>;
}

export function createAppServices(ports: AppPorts): AppServices {
	// Read Date.now at each call, not once: a page clock installed later (tests) must be seen.
	const now = ports.now ?? (() => Date.now());
	const settings = new AppSettings(() => ({
		settings: ports.settings,
		cache: ports.cache,
		usage: ports.usage,
		tabKey: ports.tabKey,
		stack: ports.stack
	}));
	return {
		settings,
		sessionChanges: ports.changes,
		cvExport: cvExport(),
		sessionList: () => new SessionList(ports.sessions, now, ports.changes),
		openSession: () =>
			new OpenSession({
				sessions: ports.sessions,
				history: ports.history,
				changes: ports.changes,
				now
			}),
		tailoring: (store, environment) =>
			new Tailoring(store, environment ?? appTailoringEnvironment(settings, ports.writingMark)),
		cvImport: () => new CvImport(ports.cvImport ?? appCvImportDependencies(settings)),
		jobMatch: () => new JobMatch(),
		requestPersistence: ports.requestPersistence
	};
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
