import type { Profile } from '../src/lib/domain/profile';

/**
 * Field-by-field scoring of an imported profile against the expected one (the CV import
 * benchmark). A field is one value a person would check: the name, a role's employer, one list
 * item, one language. Roles are paired with the expected ones before their fields are compared.
 */
export interface ExpectedRole {
	title: string;
	organization: string;
	start: string;
	/** "YYYY-MM", "YYYY", "present", or "" when the CV gives none. */
	end: string;
	accomplishments: string[];
}

export interface ExpectedProfile {
	header: { name: string; email: string; phone: string; location: string };
	roles: ExpectedRole[];
	education: { institution: string; degree: string }[];
	languages: string[];
	skills: string[];
}

export interface Score {
	expected: number;
	found: number;
	correct: number;
	misses: string[];
	extras: string[];
}

/** Case, accents kept; spaces, dashes, quotes and end punctuation evened out. */
export function normalize(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/[’‘`´]/g, "'")
		.replace(/\s+/g, ' ')
		.replace(/^[\s•·*-]+|[\s.,;:]+$/g, '')
		.trim();
}

const letters = (text: string) => normalize(text).replace(/[^\p{L}\p{N}]/gu, '');
const digits = (text: string) => text.replace(/\D/g, '');

type Compare = (expected: string, found: string) => boolean;
const same: Compare = (expected, found) => normalize(expected) === normalize(found);
const samePhone: Compare = (expected, found) => digits(expected) === digits(found);
const samePlace: Compare = (expected, found) => {
	const [a, b] = [normalize(expected), normalize(found)];
	return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
};

function endOf(role: Profile['roles'][number]): string {
	return role.current ? 'present' : role.end;
}

class Tally implements Score {
	expected = 0;
	found = 0;
	correct = 0;
	misses: string[] = [];
	extras: string[] = [];

	field(label: string, expected: string, found: string, compare: Compare = same): void {
		if (expected !== '') this.expected += 1;
		if (found !== '') this.found += 1;
		if (expected !== '' && found !== '' && compare(expected, found)) this.correct += 1;
		else {
			if (expected !== '') this.misses.push(`${label}: expected "${expected}", got "${found}"`);
			if (found !== '' && expected === '') this.extras.push(`${label}: "${found}"`);
		}
	}

	/** Lists compared as multisets: order does not matter, each item counts once. */
	list(label: string, expected: string[], found: string[], compare: Compare = same): void {
		const left = [...found];
		this.expected += expected.length;
		this.found += found.length;
		for (const item of expected) {
			const index = left.findIndex((candidate) => compare(item, candidate));
			if (index >= 0) {
				this.correct += 1;
				left.splice(index, 1);
			} else this.misses.push(`${label}: missing "${item}"`);
		}
		for (const item of left) this.extras.push(`${label}: extra "${item}"`);
	}
}

function roleAgreement(expected: ExpectedRole, found: Profile['roles'][number]): number {
	return (
		Number(same(expected.title, found.title)) +
		Number(same(expected.organization, found.organization)) +
		Number(expected.start === found.start) +
		Number(expected.end === endOf(found))
	);
}

/** "Máster en Derecho" read as degree "Máster" and field "Derecho" is the same degree. */
const withoutJoiners = (text: string) =>
	letters(normalize(text).replace(/(^|[\s,])(?:in|en|em|of|de|w|im)(?=\s)/g, '$1'));
const degreeMatches: Compare = (expected, found) =>
	withoutJoiners(expected) === withoutJoiners(found);

export function scoreProfile(expected: ExpectedProfile, found: Profile): Score {
	const tally = new Tally();
	tally.field('name', expected.header.name, found.header.name);
	tally.field('email', expected.header.email, found.header.email);
	tally.field('phone', expected.header.phone, found.header.phone, samePhone);
	tally.field('location', expected.header.location, found.header.location, samePlace);
	const unpaired = [...found.roles];
	expected.roles.forEach((role, number) => {
		const best = unpaired
			.map((candidate) => ({ candidate, agreement: roleAgreement(role, candidate) }))
			.sort((a, b) => b.agreement - a.agreement)[0];
		const pair = best && best.agreement >= 2 ? best.candidate : undefined;
		if (pair) unpaired.splice(unpaired.indexOf(pair), 1);
		const label = `roles.${number}`;
		tally.field(`${label}.title`, role.title, pair?.title ?? '');
		tally.field(`${label}.organization`, role.organization, pair?.organization ?? '');
		tally.field(`${label}.start`, role.start, pair?.start ?? '');
		tally.field(`${label}.end`, role.end, pair ? endOf(pair) : '');
		tally.list(`${label}.bullets`, role.accomplishments, pair?.accomplishments ?? []);
	});
	for (const extra of unpaired) {
		const label = `extra role "${extra.title || extra.organization}"`;
		for (const value of [extra.title, extra.organization, extra.start, endOf(extra)])
			tally.field(label, '', value);
		tally.list(`${label}.bullets`, [], extra.accomplishments);
	}
	tally.list(
		'education.institution',
		expected.education.map((entry) => entry.institution),
		found.education.map((entry) => entry.institution).filter(Boolean)
	);
	tally.list(
		'education.degree',
		expected.education.map((entry) => entry.degree),
		found.education
			.map((entry) => [entry.degree, entry.field].filter(Boolean).join(' '))
			.filter(Boolean),
		degreeMatches
	);
	tally.list(
		'languages',
		expected.languages,
		found.languages.map((language) => language.language).filter(Boolean)
	);
	tally.list(
		'skills',
		expected.skills,
		found.skills.flatMap((skill) => [skill.name, ...skill.keywords]).filter(Boolean)
	);
	return tally;
}
