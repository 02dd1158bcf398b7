/**
 * The filler of job ads, written by hand: words too general to be what a CV is screened for
 * ("experience", "team", "budget", "role") and the people an ad talks about ("patients",
 * "customers"). A phrase made only of these is not a term, and one of them alone is not either.
 * Unlike general-english.ts (word frequency in English at large), this list is about job ads;
 * inside a compound these words stay ("risk assessments", "condition reports").
 */
const WORDS = `
ability abilities access account accuracy accurate active activities activity additional
adults advantage advice area areas asset attitude available background basis benefit benefits
best better bonus budget budgets business calm car career caring case cases change changes
charge clear colleagues company companies competitive confident contact contribute
country culture current customer customers daily data day days decision decisions degree
delivery department desirable detail details different due duties duty effective else
employees environment equivalent essential everything excellent existing expected experience
experienced experiences expertise external fact field fields first flexible focus friendly
full future general given goal goals good great group groups hands help high home hour hours
idea ideal ideally important including individual information internal issue issues job jobs
key kind knowledge large last latest level levels life line lines lot main manager managers
many matter member members minimum mix month months morning need needs new next number numbers
office offices one opportunities opportunity option order other others own part partner
partners patients people person personal place plan plans plus point position
positive practice previous problem problems process processes professional progress project
projects proven quality range real related relevant required requirement requirements
responsibilities responsibility result results right role roles rules same second service
services set similar site size skill skills small solid someone something specific staff
standard standards start state strong structure success successful support system systems
target targets task tasks team teams term thing things time times tools top type types
understanding unit up use user users value various view way ways week weeks well work working
workplace world year years bank holidays evenings weekends welcome day-to-day
actions agreements analysis authority brand capacity care class classes closing commitment
concept construction contracts cost design designs director documents evidence events feedback
files findings forms frameworks ideas insights integrity labour language link loss manner method
mindset must operations performance platform portfolio pressure prices product production
products protocol record records report reports research review running savings schedules school
science sense shifts status structures topics track transactions welfare willingness workload
`;

/** An ad names people and places all the time; as a single word they are not skills. */
const PEOPLE =
	/(?:ers|ors|ists|ants|ents|ians|ees|ives|ers'|children|families|parents|police|schools|staff|colleagues|guests|clients|patients|students|pupils|people|executives|associates|agencies|suppliers|investors|vets|GPs)$/i;

export function namesPeople(word: string): boolean {
	return PEOPLE.test(word);
}

/**
 * Heads of phrases that name colleagues, not skills ("ML engineers", "teaching assistants"): a
 * narrower test than the one for single words, since "-ers" also ends "containers" and "servers".
 */
const PEOPLE_HEADS =
	/(?:teams?|compan(?:y|ies)|firms?|retailers?|businesses|organi[sz]ations?|agenc(?:y|ies)|contractors?|consultanc(?:y|ies)|employers?|engineers|nurses?|therapists|specialists|assistants?|technicians|leaders|members|managers?|officers|workers|buyers|dispensers|practitioners|professionals|colleagues|clients|customers|patients|students|pupils|staff|stakeholders|adults|children|families|parents|chefs?|commis|curators?|conservators?|generalists?|architects|visitors|paralegals|counterparties)$/i;

export function isPeopleHead(word: string): boolean {
	return PEOPLE_HEADS.test(word);
}

/** Duty verbs that open a bullet and that a tagger may read as a noun ("Report adverse events"). */
export const DUTY_VERBS: ReadonlySet<string> = new Set(
	`act administer advise allocate analyse analyze answer assess assist attend build calculate care
	book carry check classify close coach collect complete conduct contribute control cook
	coordinate create deliver design develop diagnose document draft drive ensure file flag give
	handle help hold implement install keep lead liaise maintain manage mentor monitor obtain
	onboard order organise organize own oversee place plan precept prepare process produce provide
	query raise record reconcile register report resolve respond review run service ship source
	spot submit supervise support take teach track train undertake use verify work write
	log mix pack package post quote test`
		.split(/\s+/)
		.filter(Boolean)
);

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Leading words that qualify a phrase rather than name a skill ("strong", "relevant"). */
export const QUALIFIERS: ReadonlySet<string> = new Set(
	`able accurate additional advanced all any appropriate basic both broad calm clear closely
	confident consistent conversational current daily demonstrable demonstrated desirable different direct
	effective efficient essential excellent exceptional existing extensive first fluent full further
	general good great hands-on high highly ideal key large latest many more most native new other our
	occasional outstanding overall own positive previous proven quieter relevant reliable required
	same several similar smaller solid
	sound strong such their these this those thorough timely up-to-date valid various very weekly whole
	wide your
	busy challenging close complex in-house correct difficult engaging exciting healthy interesting modern
	monthly quarterly seasonal simple suitable varied yearly`
		.split(/\s+/)
		.filter(Boolean)
);
