import { foldText } from './fold-text';
import { words } from './word-list';

/**
 * Words that tell a job title from an employer, a degree from a school, and a place from both,
 * in the six languages of the importer. Matched on folded text at word starts, so "Krankenpfleger"
 * matches "pfleger" only as a whole word, and "Engineering" matches "engineer".
 */
function wordTest(words: string[]): RegExp {
	// Short words must end there ("ba" is not "Banking"); longer ones may start a word ("enfermer").
	const sorted = [...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/[.]/g, '\\.') + (word.length <= 4 ? '(?![\\p{L}])' : ''));
	return new RegExp(`(?<![\\p{L}])(?:${sorted.join('|')})`, 'u');
}

const TITLE = wordTest(
	words(`
	architect, midwife, paramedic, carpenter, welder, bricklayer, hairdresser, barista, veterinar,
	pasante, asociad, farmaceut, encargad, oficial, fontaner, bolseiro, professeure,
	nurse, engineer, manager, developer, teacher, lecturer, professor, assistant, accountant,
	auditor, analyst, consultant, electrician, apprentice, technician, chef, cook, sous,
	commis, driver, coordinator, supervisor, director, head of, lead, officer, specialist,
	lawyer, solicitor, attorney, associate, paralegal, counsel, clerk, intern, trainee,
	researcher, scientist, fellow, postdoc, phd candidate, designer, administrator, operator,
	planner, dispatcher, agent, representative, advisor, adviser, founder, partner, president,
	executive, controller, bookkeeper, pharmacist, midwife, therapist, physician, doctor,
	surgeon, carer, worker, volunteer, tutor, instructor, trainer, mechanic, plumber, foreman,
	editor, writer, journalist, secretary, receptionist, cashier, buyer, architect, fitter,
	senior, junior, chief, deputy, staff, charge, waiter, bartender, owner, pfleger,
	krankenschwester, krankenpfleger, ingenieur, leiter, entwickler, lehrer, buchhalter,
	bilanzbuchhalter, elektriker, elektroniker, koch, kochin, berater, sachbearbeiter,
	mitarbeiter, assistent, referent, projektleiter, geschaftsfuhrer, rechtsanwalt, anwalt,
	praktikant, werkstudent, meister, monteur, fahrer, disponent, lagerist, kaufmann, kauffrau,
	wissenschaftliche, doktorand, fachkraft, stationsleitung, gesundheits, infirmier,
	ingenieur, directeur, directrice, responsable, developpeur, enseignant, professeur,
	comptable, electricien, cuisinier, avocat, juriste, stagiaire, charge, conseiller,
	technicien, chercheur, gestionnaire, second de cuisine, chef de, enfermer, ingeniero, jefe,
	jefa, director, gerente, desarrollador, profesor, maestro, contable, contador,
	electricista, cocinero, abogad, becario, asistente, tecnico, investigador, coordinador,
	auxiliar, analista, enfermeir, engenheiro, diretor, desenvolvedor, eletricista, cozinheiro,
	advogad, estagiari, assistente, pesquisador, coordenador, pielegniark, inzynier, kierownik,
	dyrektor, programista, nauczyciel, ksiegow, elektryk, kucharz, prawnik, adwokat, radca,
	stazyst, asystent, specjalist, technik, kierowca, magazynier, koordynator, analityk,
	starszy, mlodszy
`)
);

const ORGANIZATION = wordTest(
	words(`
	gmbh, ag, ltd, limited, inc, llc, llp, plc, corp, company, group, sa, s.a, sas, sarl, s.l,
	ltda, sp. z o.o, sp z o o, spa, bv, nv, kg, e.v, hospital, clinic, klinik, krankenhaus,
	hopital, hospitalar, szpital, nhs, trust, university, universitat, universite, universidad,
	universidade, uniwersytet, politechnika, college, school, schule, gymnasium, ecole, lycee,
	escuela, escola, colegio, szkola, liceum, institute, institut, instituto, instytut,
	council, ministry, ministerium, department, bank, restaurant, hotel, bistro, cafe,
	brasserie, kitchen, agence, atelier, service, infirmary, care home, pharmacy, apteka, despacho, abogados, partners, associates, foundation, stiftung, fondation, fundacion,
	fundacao, fundacja, services, solutions, logistics, logistik, systems, studio, agency,
	centre, center, zentrum, centro, centrum, kanzlei, cabinet, bufete, escritorio, kancelaria,
	stadtwerke, county, police, academy, akademie, hochschule, fachhochschule, berufsschule,
	handwerkskammer, ihk, grupo, groupe, consulting, elektro, technik gmbh, freight, transport,
	airlines, pharma, labs, laboratory, laboratoire, museum
`)
);

const EDUCATION_INSTITUTION = wordTest(
	words(`
	ies, politecnico, cfgs,
	university, universitat, universite, universidad, universidade, uniwersytet, politechnika,
	college, school, schule, gymnasium, ecole, lycee, escuela, escola, colegio, szkola, liceum,
	institute, institut, instituto, instytut, academy, akademie, hochschule, fachhochschule,
	berufsschule, handwerkskammer, ihk, faculty, fakultat, faculte, facultad, faculdade,
	polytechnic, conservatoire, sorbonne, eth, epfl, tu , insa, iut
`)
);

const DEGREE = wordTest(
	words(`
	doutoramento, tecnico, graduado, formacion profesional, ciclo formativo,
	bachelor, master, bsc, msc, b.sc, m.sc, ba, ma, b.a, m.a, mba, llb, llm, ll.b, ll.m, phd,
	ph.d, doctorate, doctor of, diploma, diplom, certificate, nvq, btec, a-levels, a levels,
	gcse, high school, apprenticeship, ausbildung, abitur, staatsexamen, meister, promotion,
	licence, license, licenciatura, licenciado, grado, mestrado, doutorado, bacharelado,
	tecnologo, magister, magisterium, licencjat, inzynier, mgr, dr, baccalaureat, bac, bts,
	dut, cap, cfa, doctorat, diplome, titulo, tecnico superior, associate degree, pgce, qts,
	acca, aca, cpa, fachabitur, realschulabschluss, gesellenbrief, geselle
`)
);

const PLACES = words(`
	remote, hybrid, uk, usa, united kingdom, united states, england, scotland, wales, ireland,
	germany, deutschland, france, spain, espana, portugal, poland, polska, brazil, brasil,
	switzerland, schweiz, suisse, austria, osterreich, italy, italia, netherlands, belgium,
	belgique, canada, australia, mexico, argentina, chile, colombia, india, london, berlin,
	munich, munchen, hamburg, koln, frankfurt, paris, lyon, marseille, madrid, barcelona,
	valencia, sevilla, lisboa, lisbon, porto, sao paulo, rio de janeiro, warszawa, warsaw,
	krakow, lodz, wroclaw, gdansk, poznan, zurich, geneve, wien, vienna, manchester, leeds,
	birmingham, bristol, glasgow, edinburgh, dublin, new york, boston, chicago, toronto,
	stuttgart, dresden, leipzig, toulouse, bordeaux, nantes, lille, bilbao, malaga, zaragoza,
	coimbra, braga, curitiba, belo horizonte
`);
const KNOWN_PLACES = new Set(PLACES);

/**
 * German compounds end on their head noun: "Finanzbuchhalterin" is a Buchhalterin,
 * "Steuerkanzlei" a Kanzlei, "Möbelhaus" a Haus.
 */
const COMPOUND_TITLE =
	/(?:buchhalter|pfleger|leiter|elektroniker|elektriker|berater|entwickler|ingenieur|techniker|meister|angestellte|kaufmann|kauffrau|assistent|referent|verkaufer|koch|arzt|erzieher|lehrer|fahrer|monteur|mechaniker|mechatroniker|planer|fuhrer|manager|ausbildung)(?:in|innen|en|n|e)?$/;
const COMPOUND_ORGANIZATION =
	/(?:kanzlei|klinik|klinikum|krankenhaus|schule|werke?|haus|bank|verlag|amt|zentrum|gesellschaft|verband|stiftung|akademie|praxis|apotheke|logistik|kammer)$/;
const PARTNERSHIP =
	/(?:&|\band\b|\bund\b|\bet\b|\by\b)\s*(?:partners?|co\.?|sons|sohne|fils|hijos|associates)\b/;
const wordsOf = (text: string) => foldText(text).split(/[^\p{L}]+/u);

const count = (pattern: RegExp, text: string) =>
	[...foldText(text).matchAll(new RegExp(pattern.source, 'gu'))].length;
const LEGAL_FORM =
	/(?<![\p{L}])(?:gmbh|ltd|inc|llc|plc|llp|s\.a|s\.l|sarl|sas|kg|ag|sp\. z o\.o|ltda|bv|nv)(?![\p{L}])/u;

/**
 * How much a phrase reads as a job title (above 0) or as an employer (below 0): title words
 * minus employer words, a legal form ("GmbH") or "& Partner" counting double, and the word it
 * ends on deciding a tie ("Distribution Centre Manager" is a title).
 */
export function roleScore(phrase: string): number {
	// "Professeure des écoles", "Director of Nursing": the words after "of" complete the title.
	const complement = /\s(?:of|for|de|des|du|der|des|del|da|do|dos|das|fur|für)\s.*$/iu;
	const head = phrase.replace(complement, '');
	const text =
		head !== phrase &&
		(TITLE.test(foldText(head)) || wordsOf(head).some((word) => COMPOUND_TITLE.test(word)))
			? head
			: phrase;
	const compounds = wordsOf(text);
	const title = count(TITLE, text) + compounds.filter((word) => COMPOUND_TITLE.test(word)).length;
	const organization =
		count(ORGANIZATION, text) +
		compounds.filter((word) => COMPOUND_ORGANIZATION.test(word)).length +
		2 * count(PARTNERSHIP, text) +
		count(LEGAL_FORM, text);
	const last = lastWordKind(text);
	return title - organization + (last === 'title' ? 0.5 : last === 'organization' ? -0.5 : 0);
}

/** The same for education: a degree (above 0) or a school (below 0). */
export function educationScore(text: string): number {
	return count(DEGREE, text) - count(EDUCATION_INSTITUTION, text);
}

export const hasTitleWord = (text: string) =>
	TITLE.test(foldText(text)) || wordsOf(text).some((word) => COMPOUND_TITLE.test(word));

/** The word a phrase ends on names what it is: "Distribution Centre Manager" is a title. */
export function lastWordKind(text: string): 'title' | 'organization' | null {
	if (PARTNERSHIP.test(foldText(text))) return 'organization';
	const last = foldText(text).trim().split(/\s+/).pop() ?? '';
	if (TITLE.test(last)) return 'title';
	if (ORGANIZATION.test(last)) return 'organization';
	return null;
}
export const hasOrganizationWord = (text: string) =>
	ORGANIZATION.test(foldText(text)) ||
	PARTNERSHIP.test(foldText(text)) ||
	wordsOf(text).some((word) => COMPOUND_ORGANIZATION.test(word));
export const hasInstitutionWord = (text: string) => EDUCATION_INSTITUTION.test(foldText(text));
export const hasDegreeWord = (text: string) => DEGREE.test(foldText(text));

/** The whole text is a country, a big city or "Remote". */
export const isKnownPlace = (text: string) => KNOWN_PLACES.has(foldText(text.trim()));

const POSTCODE_TOWN = /^(?:\d{2}-\d{3}|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\s+\p{Lu}/u;
const TOWN_POSTCODE = /^\p{Lu}[\p{L}' -]+\s(?:\d{1,5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/u;
const STREET = /^\p{Lu}[\p{L}.' -]+\s\d{1,4}[a-z]?$|^\d{1,4}[a-z]?,?\s\p{L}[\p{L}.'’ -]+$/u;
const SHORT_NAME =
	/^\p{Lu}[\p{L}.'’-]*(?:\s(?:de|do|da|del|la|le|sur|am|an|upon)?\s?\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * "Leeds, UK", "São Paulo, Brazil", "80331 München", "Remote", "Austin, TX", "Calle de
 * Serrano 41, 28001 Madrid": every comma-separated piece is place-like, and one of them is a
 * known place, a postcode or a short region code.
 */
export function looksLikePlace(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.length > 60 || /@|https?:|www\./.test(trimmed)) return false;
	if (hasOrganizationWord(trimmed) || hasTitleWord(trimmed)) return isKnownPlace(trimmed);
	const pieces = trimmed.split(/,\s*/);
	if (pieces.length > 4) return false;
	const strong = (piece: string) =>
		isKnownPlace(piece) ||
		POSTCODE_TOWN.test(piece) ||
		TOWN_POSTCODE.test(piece) ||
		/^[A-Z]{2,3}$/.test(piece);
	const weak = (piece: string) =>
		SHORT_NAME.test(piece) || STREET.test(piece) || /^\p{Lu}\p{L}+ \d{1,3}$/u.test(piece);
	if (!pieces.every((piece) => strong(piece) || weak(piece))) return false;
	return pieces.some(strong);
}
