import { describe, expect, it } from 'vitest';
import type { CvImportSuccess } from './cv-import-result';
import { importCvText } from './import-cv';

function imported(body: string): CvImportSuccess {
	const result = importCvText(
		`Jane Doe\njane@example.org\n\nEXPERIENCE\nCoordinator, Acme Ltd\n2019 – 2021\n\n${body}`
	);
	if (!result.ok) throw new Error(result.message);
	return result;
}

const languagesOf = (result: CvImportSuccess) =>
	result.profile.languages.map(({ language, fluency }) => ({ language, fluency }));
const skillsOf = (result: CvImportSuccess) => result.profile.skills.map((skill) => skill.name);

describe('natural languages in a skills list go to the languages', () => {
	it('takes each fluency the CV gives beside the language elsewhere, and highlights it', () => {
		const result = imported(
			'PROFILE\nLogistics coordinator. Fluent in Norwegian and English, working German.\n\nSKILLS\nCargoWise, SAP EWM, Excel, Norwegian, English, German, Italian'
		);
		expect(skillsOf(result)).toEqual(['CargoWise', 'SAP EWM', 'Excel']);
		expect(languagesOf(result)).toEqual([
			{ language: 'Norwegian', fluency: 'Fluent' },
			{ language: 'English', fluency: 'Fluent' },
			{ language: 'German', fluency: 'Working' },
			// Not graded anywhere: no fluency is made up.
			{ language: 'Italian', fluency: '' }
		]);
		const span = result.spans.find((entry) => entry.field === 'languages.2.fluency')!;
		expect(result.text.slice(span.start, span.end)).toBe('working');
	});

	it('knows languages by their own names and other languages’ names, with a level beside them', () => {
		const result = imported(
			'COMPÉTENCES\nRevit, AutoCAD, Deutsch, Español (B2), Polski – biegle, Fluent English, Anglais'
		);
		expect(skillsOf(result)).toEqual(['Revit', 'AutoCAD']);
		expect(languagesOf(result)).toEqual([
			{ language: 'Deutsch', fluency: '' },
			{ language: 'Español', fluency: 'B2' },
			{ language: 'Polski', fluency: 'biegle' },
			{ language: 'English', fluency: 'Fluent' },
			{ language: 'Anglais', fluency: '' }
		]);
	});

	it('leaves programming languages and other skills that are no language where they are', () => {
		const result = imported('SKILLS\nJava, Swift, Go, R, Python, Rust, Latin American markets');
		expect(skillsOf(result)).toEqual([
			'Java',
			'Swift',
			'Go',
			'R',
			'Python',
			'Rust',
			'Latin American markets'
		]);
		expect(result.profile.languages).toEqual([]);
	});

	it('reads a "Languages:" group of a skills section as languages', () => {
		const result = imported('SKILLS\nTools: Excel, Power BI\nLanguages: English (C1), Polish');
		expect(result.profile.skills).toMatchObject([
			{ name: 'Tools', keywords: ['Excel', 'Power BI'] }
		]);
		expect(languagesOf(result)).toEqual([
			{ language: 'English', fluency: 'C1' },
			{ language: 'Polish', fluency: '' }
		]);
	});

	it('adds nothing twice when the skills repeat the languages section, wherever it stands', () => {
		const result = imported('SKILLS\nExcel, English, Arabic\n\nLANGUAGES\nEnglish (native)');
		expect(skillsOf(result)).toEqual(['Excel']);
		expect(languagesOf(result)).toEqual([
			{ language: 'English', fluency: 'native' },
			{ language: 'Arabic', fluency: '' }
		]);
	});

	it('does not take a word about something else for a fluency', () => {
		const result = imported(
			'PROFILE\nTaught English to adults; advised German clients; learnt basic Spanish phrases.\n\nSKILLS\nLesson planning, English, German, Spanish'
		);
		expect(languagesOf(result)).toEqual([
			{ language: 'English', fluency: '' },
			{ language: 'German', fluency: '' },
			{ language: 'Spanish', fluency: '' }
		]);
	});

	it('does not turn a language the CV only mentions in prose into a language entry', () => {
		const result = imported(
			'PROFILE\nTaught English and History to Year 9.\n\nSKILLS\nSafeguarding'
		);
		expect(result.profile.languages).toEqual([]);
	});
});
