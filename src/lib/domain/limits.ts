/**
 * Size limits that a real CV never reaches. They exist so that a pasted novel or a hostile
 * import gets a clear message instead of freezing the tab or filling the user's storage.
 */
export const LIMITS = {
	shortText: 200,
	url: 2_000,
	paragraph: 5_000,
	talents: 10_000,
	jobDescription: 30_000,
	bullet: 600,
	roles: 40,
	projects: 40,
	accomplishmentsPerItem: 40,
	bulletsPerItem: 20,
	toolsPerProject: 40,
	links: 10,
	skills: 60,
	keywordsPerSkill: 40,
	entriesPerStaticSection: 30,
	similarJobs: 3,
	versionsPerItem: 20,
	keyQualifications: 30,
	sessionFileBytes: 2_000_000
} as const;
