import { describe, expect, it } from 'vitest';
import { exampleSession } from '$lib/domain';
import { undoAreas, visibleOn } from './undo-areas';

describe('undoAreas', () => {
	it('names the tab whose fields a step changed, so Ctrl+Z elsewhere leaves it alone', () => {
		const before = exampleSession(1);
		const profileEdit = structuredClone(before);
		profileEdit.profile.header.headline = 'Typed on the Profile tab';
		expect(undoAreas(profileEdit, before)).toEqual(['profile']);
		expect(visibleOn(undoAreas(profileEdit, before), 'profile')).toBe(true);
		expect(visibleOn(undoAreas(profileEdit, before), 'tailor')).toBe(false);
		expect(visibleOn(undoAreas(profileEdit, before), 'job')).toBe(false);

		const jobEdit = structuredClone(before);
		jobEdit.job.title = 'Typed on the Job tab';
		expect(undoAreas(jobEdit, before)).toEqual(['job']);

		// The cover letter's options are set on its card in the Tailor tab.
		const letterEdit = structuredClone(before);
		letterEdit.coverLetter.recipientName = 'Kari Nordmann';
		expect(undoAreas(letterEdit, before)).toEqual(['tailor']);
	});

	it('counts a renamed session as seen everywhere (the name heads every tab)', () => {
		const before = exampleSession(1);
		const renamed = { ...structuredClone(before), name: 'Another name' };
		expect(visibleOn(undoAreas(renamed, before), 'tailor')).toBe(true);
	});
});
