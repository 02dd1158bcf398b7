import { allItems, type CvItem, type Finding, type Session } from '$lib/domain';
import { acceptedSingleItem, resolveProjectContent, resolveRoleContent } from './cv-document';

/**
 * The claims an export would carry that the person has not checked: findings of the fabrication
 * guard ("not found in your profile") on items whose tailored text goes into the CV. Which text
 * goes in is the export's own content rule (cv-document.ts), asked here rather than restated: a
 * draft or an item kept as written is exported in the person's own words, so its findings are
 * not in the file. A finding the person confirmed as true is no longer open; one they had
 * removed is gone from the findings with the regenerated text.
 */
export interface OpenClaims {
	item: CvItem;
	findings: Finding[];
}

function exportsTailoredText(session: Session, item: CvItem): boolean {
	switch (item.kind) {
		case 'key_qualifications':
		case 'executive_summary':
			return acceptedSingleItem(session, item.kind)?.id === item.id;
		case 'role': {
			const role = session.profile.roles.find((entry) => entry.id === item.sourceId);
			return role !== undefined && resolveRoleContent(session, role).origin === 'tailored';
		}
		case 'project': {
			const project = session.profile.projects.find((entry) => entry.id === item.sourceId);
			return project !== undefined && resolveProjectContent(session, project).origin === 'tailored';
		}
		case 'cover_letter':
			// The letter is never in the CV's files; its own download checks its claims.
			return false;
	}
}

/** Per item, in CV order, the unconfirmed findings an export would carry; items without any left out. */
export function openClaims(session: Session): OpenClaims[] {
	return allItems(session.cv)
		.filter((item) => exportsTailoredText(session, item))
		.map((item) => ({ item, findings: item.findings.filter((finding) => !finding.confirmed) }))
		.filter((entry) => entry.findings.length > 0);
}

/**
 * Identifies the set of open claims: an acknowledgement given for one set does not cover another
 * (a new claim, a different item), so the person is asked again whenever this changes.
 */
export function openClaimsKey(claims: readonly OpenClaims[]): string {
	return JSON.stringify(
		claims.map(({ item, findings }) => [
			item.id,
			findings.map((finding) => [finding.kind, finding.bulletIndex, finding.start, finding.text])
		])
	);
}
