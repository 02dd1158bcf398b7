import {
	allItems,
	CvItemSchema,
	newId,
	type CvItem,
	type ItemKind,
	type Profile,
	type StructuredCv
} from '$lib/domain';

function newItem(kind: ItemKind, sourceId: string, now: number, createId: () => string): CvItem {
	return CvItemSchema.parse({ id: createId(), kind, sourceId, updatedAt: now });
}

function sameLayout(a: StructuredCv, b: StructuredCv): boolean {
	return (
		a.sections.length === b.sections.length &&
		a.sections.every((section, index) => {
			const other = b.sections[index];
			return (
				other !== undefined &&
				other.kind === section.kind &&
				other.items.length === section.items.length &&
				other.items.every((item, position) => item === section.items[position])
			);
		})
	);
}

/**
 * Lines the CV's items up with the profile: one key-qualifications item, one item per role and
 * per project (matched by `sourceId`, so tailoring survives reordering and edits), one executive
 * summary, one cover letter (a session saved before the letter existed gains it on open). Items whose role or project was deleted are dropped; new ones start pending. Returns
 * `cv` itself when nothing changed, so the caller can skip a save.
 */
export function syncCvItems(
	cv: StructuredCv,
	profile: Profile,
	now: number,
	createId: () => string = newId
): StructuredCv {
	const existing = allItems(cv);
	const used = new Set<CvItem>();
	const claim = (found: CvItem | undefined, kind: ItemKind, sourceId: string): CvItem => {
		if (found && !used.has(found)) {
			used.add(found);
			return found;
		}
		return newItem(kind, sourceId, now, createId);
	};
	const single = (kind: ItemKind) =>
		claim(
			existing.find((item) => item.kind === kind),
			kind,
			''
		);
	const bySource = (kind: ItemKind, sourceId: string) =>
		claim(
			existing.find((item) => item.kind === kind && item.sourceId === sourceId && !used.has(item)),
			kind,
			sourceId
		);

	const next: StructuredCv = {
		sections: [
			{ kind: 'key_qualifications', items: [single('key_qualifications')] },
			{ kind: 'experience', items: profile.roles.map((role) => bySource('role', role.id)) },
			{
				kind: 'projects',
				items: profile.projects.map((project) => bySource('project', project.id))
			},
			{ kind: 'executive_summary', items: [single('executive_summary')] },
			{ kind: 'cover_letter', items: [single('cover_letter')] }
		]
	};
	return sameLayout(cv, next) ? cv : next;
}
