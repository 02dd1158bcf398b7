/**
 * Sense checks for terms read from an ad (issue 17): a word can name a requirement in one ad and
 * something else in another. Each check looks only at the ad's own text.
 */

/** Names of tools that are also everyday words: they count only where the ad speaks of the tool. */
const TOOL_SENSES: Record<string, RegExp> = {
	chef: /\b(?:devops|puppet|ansible|saltstack|terraform|configuration management|infrastructure as code|ci\/cd|kubernetes|linux)\b/i,
	'amazon ec2': /\b(?:aws|amazon web services|cloud|instances?|s3|lambda|devops)\b/i
};

/** Hiring only when people are hired: not trial patients, participants or volunteers. */
const NOT_HIRING =
	/\b(?:patients?|participants?|subjects?|volunteers?|trials?|stud(?:y|ies)|donors?)\b/i;

/** A school subject, next to which a language name is what is taught, not what is spoken. */
const SCHOOL_SUBJECTS =
	/\b(?:subjects?|curriculum|music|maths|mathematics|PE|science|history|geography|art|RE|computing|lessons?|teach(?:ing)?)\b/;

/** "Brightline Facilities Ltd", "Harcourt Penn LLP": words in an employer's name. */
const COMPANY_NAME =
	/(?:\p{Lu}[\p{L}&'-]*\s+){1,5}(?:Ltd|Limited|LLP|LLC|Inc|GmbH|AG|plc|PLC|Group|Partners)\b/gu;

/** The employer describing itself ("We are a family-run heating company …"), not asking. */
const COMPANY_BLURB =
	/^\s*(?:we are|we're|we have|we deliver|we serve|our (?:\w+ ){0,3}(?:is|are|has|runs|team)|founded|(?:an?|the) (?:\S+ ){0,5}(?:company|firm|provider|practice|hotel|school|lab|charity|business|organisation|organization|council)\b|[^.]{0,60}\b(?:is|are) an? (?:\S+ ){0,6}(?:company|firm|provider|practice|hotel|school|lab|charity|business|organisation|organization))/i;

export interface SenseContext {
	/** The whole ad, for the sense of a tool's name. */
	ad: string;
	/** The line the term is on. */
	line: string;
	isRequirement: boolean;
	start: number;
	end: number;
	canonical: string;
	surface: string;
}

/** "London EC2", "Leeds LS1": a postcode district after a place name. */
function isPostcode(context: SenseContext): boolean {
	if (!/^[A-Z]{1,2}\d{1,2}[A-Z]?$/.test(context.surface)) return false;
	return /\p{Lu}\p{Ll}+,?\s+$/u.test(context.line.slice(0, context.start));
}

/** "M&E", "R&D", "C/C++"? A single letter glued to "&" or "/" is part of another name. */
function isLetterOfAName(context: SenseContext): boolean {
	if (context.surface.length !== 1) return false;
	const before = context.line.slice(Math.max(0, context.start - 1), context.start);
	const after = context.line.slice(context.end, context.end + 1);
	return /[&/-]/.test(before) || /[&/-]/.test(after);
}

function insideCompanyName(context: SenseContext): boolean {
	for (const match of context.line.matchAll(COMPANY_NAME)) {
		if (match.index <= context.start && context.end <= match.index + match[0].length) return true;
	}
	return false;
}

function titleNames(context: SenseContext): boolean {
	const title = (context.ad.trim().split('\n')[0] ?? '').toLowerCase();
	const words = [context.surface, context.canonical].map((word) => word.toLowerCase());
	return words.some((word) => word !== '' && title.includes(word));
}

/**
 * "Northway Logistics delivers chilled goods …", "Tidewater Freight is an AEO-accredited …": a
 * name at the start of a line followed by what it does or is. The employer speaking of itself.
 */
const EMPLOYER_SPEAKS =
	/^\s*(?:\p{Lu}[\p{L}&'-]*\s+){1,4}(?:is|are|has|have|delivers|provides|runs|operates|organises|organizes|maintains|supplies|holds|helps|builds|makes|serves|employs|manages|offers)\b/u;

/** Whether a term read from an ad is meant in the sense a CV is screened for. */
export function senseAllows(context: SenseContext): boolean {
	const key = context.canonical.toLowerCase();
	const toolSense = TOOL_SENSES[key];
	if (toolSense && !toolSense.test(context.ad)) return false;
	if (key === 'hiring' && NOT_HIRING.test(context.line)) return false;
	if (isPostcode(context) || isLetterOfAName(context) || insideCompanyName(context)) return false;
	// The blurb's words count where the job's own title names them too ("QC Analyst").
	const blurb = COMPANY_BLURB.test(context.line) || EMPLOYER_SPEAKS.test(context.line);
	if (!context.isRequirement && blurb && !titleNames(context)) {
		return false;
	}
	return true;
}

/** A language name next to school subjects ("French, music or PE") is a subject taught. */
export function isSchoolSubject(line: string): boolean {
	return SCHOOL_SUBJECTS.test(line);
}
