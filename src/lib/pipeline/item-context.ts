import {
	allItems,
	type CvItem,
	type Project,
	type Role,
	type Session,
	type StructuredCv
} from '$lib/domain';
import type { ContentRules } from './pipeline-settings';
import { coverLetterValues } from './steps/cover-letter';
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

/** The accepted text of the single item of `kind` (the summary), or ''. */
function acceptedText(cv: StructuredCv, kind: 'executive_summary'): string {
	const item = allItems(cv).find((entry) => entry.kind === kind);
	return item && !item.excluded && item.status === 'accepted' ? item.content.text : '';
}

/** Only what was accepted: the letter tells what the CV says, never the unreviewed drafts. */
function accepted<T extends { id: string }>(
	cv: StructuredCv,
	kind: 'role' | 'project',
	source: T
): SummarySource<T>[] {
	const item = sourceItem(cv, kind, source.id);
	if (!item || item.excluded || item.status !== 'accepted') return [];
	return [{ source, text: item.content.text, bullets: item.content.bullets }];
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
 * accepted key qualifications (the summary also sees what was accepted for each role/project;
 * the cover letter sees everything accepted, the main job ad and the letter's options).
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
		case 'cover_letter':
			return coverLetterValues({
				job,
				headline: profile.header.headline,
				keyQualifications: acceptedKeyQualifications(cv),
				summary: acceptedText(cv, 'executive_summary'),
				roles: profile.roles.flatMap((role: Role) => accepted(cv, 'role', role)),
				projects: profile.projects.flatMap((project: Project) => accepted(cv, 'project', project)),
				options: session.coverLetter
			});
	}
}
