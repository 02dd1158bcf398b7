import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '$lib/domain';
import type { CvImportSuccess } from '$lib/cv-import/cv-import-result';
import { CvImport, type CvImportDependencies, type CvImportImprover } from './cv-import.svelte';

function success(name: string): CvImportSuccess {
	return {
		ok: true,
		text: `${name}\nNurse`,
		source: 'text',
		pages: 1,
		profile: ProfileSchema.parse({ header: { name } }),
		uncertain: [],
		spans: [],
		origins: {},
		dropped: [],
		notes: []
	};
}

function importer(improver?: CvImportImprover, refuse = false) {
	const read: string[] = [];
	const dependencies: CvImportDependencies = {
		async engine() {
			return {
				importText(text) {
					read.push(text);
					return refuse ? { ok: false, message: 'This is not a CV.' } : success(text);
				},
				async importFile(file) {
					read.push(file.name);
					return success(file.name);
				}
			};
		},
		improver: async () => improver
	};
	return { cvImport: new CvImport(dependencies), read };
}

describe('CvImport', () => {
	it('reads pasted text into a draft to review, and forgets it on Cancel', async () => {
		const { cvImport } = importer();
		await cvImport.readText('Ana Ruiz');
		expect(cvImport.phase).toBe('review');
		expect(cvImport.draft?.header.name).toBe('Ana Ruiz');
		cvImport.cancel();
		expect(cvImport.phase).toBe('idle');
		expect(cvImport.draft).toBeUndefined();
		expect(cvImport.takeAccepted()).toBeUndefined();
	});

	it('reads a pasted JSON Resume as a .json file', async () => {
		const { cvImport, read } = importer();
		await cvImport.readText('  {"basics": {"name": "Ana"}}');
		expect(read).toEqual(['pasted.json']);
	});

	it('shows a refusal and opens no review', async () => {
		const { cvImport } = importer(undefined, true);
		await cvImport.readText('a shopping list');
		expect(cvImport.phase).toBe('idle');
		expect(cvImport.refusal).toBe('This is not a CV.');
		expect(cvImport.draft).toBeUndefined();
	});

	it('refuses a file over the size limit before reading it', async () => {
		const { cvImport, read } = importer();
		const huge = new File([new Uint8Array(11 * 1024 * 1024)], 'cv.pdf');
		await cvImport.readFile(huge);
		expect(read).toEqual([]);
		expect(cvImport.refusal).toMatch(/larger than 10 MB/);
	});

	it('keeps the person’s edits, refuses an edit that would break the profile, and hands over the draft', async () => {
		const { cvImport } = importer();
		await cvImport.readText('Ana Ruiz');
		cvImport.edit((draft) => void (draft.header.headline = 'Staff Nurse'));
		cvImport.edit((draft) => void (draft.header.name = 'x'.repeat(500)));
		expect(cvImport.editError).not.toBe('');
		const accepted = cvImport.takeAccepted();
		expect(accepted?.header).toMatchObject({ name: 'Ana Ruiz', headline: 'Staff Nurse' });
		expect(cvImport.phase).toBe('idle');
	});

	it('improves with the LLM from the edited draft and says what it filled and dropped', async () => {
		let sent: CvImportSuccess | undefined;
		const { cvImport } = importer({
			model: 'some-model',
			async improve(base) {
				sent = base;
				return {
					ok: true,
					result: {
						...base,
						profile: { ...base.profile, talents: 'Calm.' },
						origins: { talents: 'llm' },
						dropped: [...base.dropped, { field: 'roles.0', value: 'Astronaut' }]
					}
				};
			}
		});
		await cvImport.readText('Ana Ruiz');
		expect(cvImport.improver?.model).toBe('some-model');
		cvImport.edit((draft) => void (draft.header.headline = 'Staff Nurse'));
		await cvImport.improve();
		expect(sent?.profile.header.headline).toBe('Staff Nurse');
		expect(cvImport.draft?.talents).toBe('Calm.');
		expect(cvImport.improveMessage).toBe(
			'some-model filled 1 field; 1 value was dropped because the CV does not say it.'
		);
		// Once is enough: a second run would list the same dropped values twice.
		await cvImport.improve();
		expect(cvImport.result?.dropped).toHaveLength(1);
		expect(cvImport.improved).toBe(true);
	});
});
