import { describe, expect, it } from 'vitest';
import { headingText } from './detect-headings';
import { sectionKindOf } from './heading-dictionary';

describe('sectionKindOf', () => {
	it.each([
		['Work Experience', 'experience'],
		['Berufserfahrung', 'experience'],
		['Expérience professionnelle', 'experience'],
		['Experiencia laboral', 'experience'],
		['Experiência Profissional', 'experience'],
		['Doświadczenie zawodowe', 'experience'],
		['EDUCATION', 'education'],
		['Akademischer Werdegang', 'education'],
		['Formation', 'education'],
		['Formación académica', 'education'],
		['Formação Acadêmica', 'education'],
		['Wykształcenie', 'education'],
		['Skills:', 'skills'],
		['Kenntnisse', 'skills'],
		['Compétences', 'skills'],
		['Habilidades', 'skills'],
		['Umiejętności', 'skills'],
		['Sprachkenntnisse', 'languages'],
		['Langues', 'languages'],
		['Idiomas', 'languages'],
		['Języki obce', 'languages'],
		['Zertifikate', 'certifications'],
		['Licenses & Certifications', 'certifications'],
		['Profil', 'summary'],
		['O mnie', 'summary'],
		['Centres d’intérêt', 'other'],
		['Education & Training', 'education'],
		['Esperienza professionale', 'experience'],
		['Istruzione e formazione', 'education'],
		['Competenze', 'skills'],
		['Lingue', 'languages'],
		['Werkervaring', 'experience'],
		['Opleiding', 'education'],
		['Vaardigheden', 'skills']
	])('"%s" is %s', (heading, kind) => {
		expect(sectionKindOf(heading)).toBe(kind);
	});

	it('does not take a sentence for a heading', () => {
		expect(sectionKindOf('Experience with ventilated patients')).toBeNull();
		expect(sectionKindOf('Senior Nurse')).toBeNull();
	});

	it('reads letter-spaced and numbered headings', () => {
		expect(sectionKindOf(headingText('S K I L L S'))).toBe('skills');
		expect(sectionKindOf(headingText('W O R K   E X P E R I E N C E'))).toBe('experience');
		expect(sectionKindOf(headingText('2. Education'))).toBe('education');
	});
});
