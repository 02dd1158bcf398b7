import {
	allItems,
	type CvItem,
	type Project,
	type Role,
	type Session,
	type StructuredCv
} from '$lib/domain';
import type { ContentRules } from './pipeline-settings';
import { executiveSummaryValues, type SummarySource } from './steps/executive-summary';
import { keyQualificationsValues } from './steps/key-qualifications';
import { projectValues } from './steps/project';
import { roleValues } from './steps/role';

/** The role or project an item tailors no longer exists in the profile. */
export class MissingSourceError extends Error {
	override name = 'MissingSourceError';
}

function acceptedKeyQualifications(cv: StructuredCv): string[] {
	const item = allItems(cv).find((entry) => entry.kind === 'key_qualifications');
	return item && item.status === 'accepted' ? item.content.bullets : [];
}

function sourceItem(cv: StructuredCv, kind: 'role' | 'project', sourceId: string) {
	return allItems(cv).find((item) => item.kind === kind && item.sourceId === sourceId);
}

/** Accepted tailoring when there is some; otherwise the text as the person wrote it. */
function onTheCv<T>(item: CvItem | undefined, source: T, asWritten: string[]): SummarySource<T> {
	if (item && !item.excluded && item.status === 'accepted') {
		return { source, text: item.content.text, bullets: item.content.bullets };
	}
	return { source, text: '', bullets: asWritten };
}

/**
 * The placeholder values for one item's prompt: only that item's own data, plus the job and the
 * accepted key qualifications (the summary also sees what was accepted for each role/project).
 */
export function stepValuesFor(
	session: Session,
	item: CvItem,
	rules: ContentRules
): Record<string, string> {
	const { profile, job, cv } = session;
	switch (item.kind) {
		case 'key_qualifications':
			return keyQualificationsValues(
				{
					job,
					talents: profile.talents,
					skills: profile.skills,
					roles: profile.roles,
					projects: profile.projects
				},
				rules
			);
		case 'role': {
			const role = profile.roles.find((entry) => entry.id === item.sourceId);
			if (!role) throw new MissingSourceError('This role is no longer in the profile.');
			return roleValues({ job, role, keyQualifications: acceptedKeyQualifications(cv) }, rules);
		}
		case 'project': {
			const project = profile.projects.find((entry) => entry.id === item.sourceId);
			if (!project) throw new MissingSourceError('This project is no longer in the profile.');
			return projectValues(
				{ job, project, keyQualifications: acceptedKeyQualifications(cv) },
				rules
			);
		}
		case 'executive_summary':
			return executiveSummaryValues(
				{
					job,
					headline: profile.header.headline,
					keyQualifications: acceptedKeyQualifications(cv),
					roles: profile.roles.map((role: Role) =>
						onTheCv(sourceItem(cv, 'role', role.id), role, role.accomplishments)
					),
					projects: profile.projects.map((project: Project) =>
						onTheCv(
							sourceItem(cv, 'project', project.id),
							project,
							project.description ? [project.description] : []
						)
					)
				},
				rules
			);
	}
}
