import { foldKey } from './fold-text';
import { words } from './word-list';

/**
 * Section headings by name in English, German, French, Spanish, Portuguese, Polish, Italian and
 * Dutch (folded: lower case, no accents). A heading that names two sections ("Education & Certifications")
 * counts as the first one.
 */
export type SectionKind =
	| 'summary'
	| 'experience'
	| 'education'
	| 'projects'
	| 'certifications'
	| 'languages'
	| 'skills'
	| 'contact'
	| 'other';

const NAMES: Record<Exclude<SectionKind, 'other'>, string[]> = {
	summary: words(`
	summary, profile, professional summary, professional profile, personal profile, about me,
	about, objective, career objective, career summary, executive summary, personal statement,
	overview, profil, kurzprofil, zusammenfassung, uber mich, berufsprofil, a propos,
	a propos de moi, profil professionnel, objectif, synthese, perfil, perfil profesional,
	sobre mi, objetivo, extracto, resumo, sobre mim, perfil profissional, o mnie, podsumowanie,
	cel zawodowy, profil zawodowy,
	profilo, profilo professionale, sommario, chi sono, obiettivo, obiettivo professionale,
	profiel, samenvatting, over mij
`),
	experience: words(`
	experience, work experience, professional experience, employment, employment history,
	work history, career history, internships, praktika, stages, relevant experience, career,
	positions, volunteer experience, volunteering, volunteer work, berufserfahrung,
	beruflicher werdegang, werdegang, berufspraxis, praxiserfahrung, berufliche erfahrung,
	ehrenamt, ehrenamtliches engagement, experience professionnelle,
	experiences professionnelles, experiences, parcours professionnel, parcours, benevolat,
	experiencia, experiencia laboral, experiencia profesional, trayectoria profesional,
	voluntariado, experiencia profissional, experiencias profissionais, historico profissional,
	doswiadczenie, doswiadczenie zawodowe, przebieg kariery, wolontariat,
	esperienza, esperienze, esperienza professionale, esperienze professionali,
	esperienza lavorativa, esperienze lavorative, volontariato, werkervaring, ervaring,
	loopbaan, werkgeschiedenis
`),
	education: words(`
	education, academic background, education and training, academic qualifications, studies,
	ausbildung, bildung, studium, akademischer werdegang, bildungsweg, schulbildung,
	schulische ausbildung, formation, etudes, diplomes, formation academique, formacion,
	formacion academica, educacion, estudios, formacao, formacao academica, educacao,
	escolaridade, wyksztalcenie, edukacja,
	istruzione, formazione, istruzione e formazione, titoli di studio, opleiding, opleidingen
`),
	projects: words(`
	projects, key projects, selected projects, personal projects, projekte, projets, proyectos,
	projetos, projekty, progetti, projecten
`),
	certifications: words(`
	certifications, certificates, certification, licenses, licences,
	licenses and certifications, licences and certifications, licenses certifications, courses,
	training, professional registration, zertifikate, zertifizierungen, weiterbildung,
	weiterbildungen, fortbildungen, fortbildung, certificats, formations complementaires,
	certificaciones, certificados, cursos, certificacoes, certyfikaty, kursy, szkolenia,
	uprawnienia, kursy i szkolenia,
	certificazioni, corsi, attestati, abilitazioni, certificaten, cursussen
`),
	languages: words(`
	languages, language skills, language, sprachen, sprachkenntnisse, langues,
	competences linguistiques, idiomas, lenguas, linguas, jezyki, jezyki obce,
	znajomosc jezykow, lingue,
	conoscenze linguistiche, competenze linguistiche, talen, talenkennis
`),
	skills: words(`
	skills, technical skills, key skills, core skills, core competencies, competencies,
	expertise, skills and expertise, key qualifications, qualifications, abilities, top skills,
	professional skills, kenntnisse, fahigkeiten, kompetenzen, fachkenntnisse, it-kenntnisse,
	edv-kenntnisse, besondere kenntnisse, competences, competences techniques,
	competences cles, habilidades, competencias, conocimientos, aptitudes, conhecimentos,
	umiejetnosci, kompetencje, competenze, competenze tecniche, capacita,
	conoscenze informatiche, vaardigheden, competenties
`),
	contact: words(`
	contact, contact details, contact information, personal details, personal information,
	kontakt, personliche daten, persoenliche daten, coordonnees, informations personnelles,
	contacto, datos personales, contato, dados pessoais, dane osobowe, dane kontaktowe, contatti,
	dati personali, informazioni personali, contactgegevens, persoonlijke gegevens
`)
};

const OTHER = words(`
	interests, hobbies, references, awards, honors, honours, achievements, publications,
	memberships, affiliations, additional information, activities, interessen, hobbys,
	referenzen, auszeichnungen, publikationen, mitgliedschaften, centres d interet, loisirs,
	references, distinctions, intereses, aficiones, referencias, premios, interesses,
	publicacoes, zainteresowania, hobby, nagrody, osiagniecia, klauzula, rodo, interessi, referenze, pubblicazioni,
	premi, hobby's, interesses, referenties, publicaties
`);

const KIND_BY_NAME = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(NAMES))
	for (const name of names) KIND_BY_NAME.set(name, kind as SectionKind);
for (const name of OTHER) KIND_BY_NAME.set(name, 'other');
// Letter-spaced headings lose their word breaks: "K E Y S K I L L S" reads "KEYSKILLS".
const KIND_BY_SQUEEZED_NAME = new Map(
	[...KIND_BY_NAME].map(([name, kind]) => [name.replace(/ /g, ''), kind])
);

const JOINERS = /\s*(?:&|\+|\/|,|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b)\s*/;

/** The section a heading names, or null when the text is not a section name. */
export function sectionKindOf(heading: string): SectionKind | null {
	const key = foldKey(heading).replace(/['’]/g, ' ').replace(/\s+/g, ' ');
	if (key.length === 0 || key.length > 48) return null;
	const whole = KIND_BY_NAME.get(key) ?? KIND_BY_SQUEEZED_NAME.get(key.replace(/ /g, ''));
	if (whole) return whole;
	const parts = key.split(JOINERS).filter((part) => part !== '');
	if (parts.length < 2) return null;
	const kinds = parts.map((part) => KIND_BY_NAME.get(part));
	return kinds.every((kind) => kind !== undefined) ? kinds[0]! : null;
}
