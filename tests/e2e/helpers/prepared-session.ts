/**
 * Sessions prepared for a spec, and opening one on a tab: the example CV cut to the roles and
 * projects a spec needs, CV items with every field a stored item has, and the steps every spec
 * took to get there (open the app, seed the database, connect to the mock, open the tab).
 */
import { expect, type Page } from '@playwright/test';
import { exampleSession, updateItem, type CvItem, type Session } from '../../../src/lib/domain';
import { syncCvItems } from '../../../src/lib/pipeline/sync-cv-items';
import type { MockGroq } from '../../mock-groq/server';
import { connectToMock } from './connect-mock';
import { seedSessions } from './seed';

/** The example session with only its first `roles` roles and `projects` projects. */
export function exampleCut(cut: { name?: string; roles: number; projects: number }): Session {
	const session = exampleSession(Date.now());
	if (cut.name) session.name = cut.name;
	session.profile.roles = session.profile.roles.slice(0, cut.roles);
	session.profile.projects = session.profile.projects.slice(0, cut.projects);
	return session;
}

/**
 * Two roles, no projects, with the key qualifications and the first role accepted (the role with
 * `roleBullets`): enough for a cover letter to be written.
 */
export function letterReadySession(name: string, roleBullets: string[]): Session {
	const base = exampleCut({ name, roles: 2, projects: 0 });
	let cv = syncCvItems(base.cv, base.profile, Date.now());
	const [qualifications, experience] = cv.sections;
	cv = updateItem(cv, qualifications!.items[0]!.id, (item) => ({
		...item,
		status: 'accepted',
		content: { text: '', bullets: ['Streaming pipelines with Kafka', 'Mentoring engineers'] }
	}));
	cv = updateItem(cv, experience!.items[0]!.id, (item) => ({
		...item,
		status: 'accepted',
		content: { text: 'Leads the data platform team.', bullets: roleBullets }
	}));
	return { ...base, cv };
}

/** A CV item as stored, pending and empty unless `fields` say otherwise. */
export function cvItem(fields: Partial<CvItem> & Pick<CvItem, 'id' | 'kind'>): CvItem {
	return {
		sourceId: '',
		status: 'pending',
		content: { text: '', bullets: [] },
		versions: [],
		feedback: '',
		excluded: false,
		findings: [],
		updatedAt: 1_700_000_000_000,
		...fields
	};
}

/**
 * Seeds `sessions`, connects to `mock` when given (as a person does in Settings), and opens the
 * first session on `tab`, once its title shows.
 */
export async function openPreparedSession(
	page: Page,
	sessions: Session | Session[],
	tab: 'profile' | 'job' | 'tailor' | 'cv',
	connect?: { mock: MockGroq; generousLimits?: boolean }
): Promise<void> {
	const list = Array.isArray(sessions) ? sessions : [sessions];
	const first = list[0]!;
	await page.goto('./');
	await seedSessions(page, list);
	if (connect) {
		await connectToMock(page, connect.mock, { generousLimits: connect.generousLimits ?? false });
	}
	await page.goto(`./session?id=${first.id}&tab=${tab}`);
	await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
}
