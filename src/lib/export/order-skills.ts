import type { Job, Skill } from '$lib/domain';
import { extractTerms, termFinder } from '$lib/match';

/**
 * The Skills section as a reader of this application should meet it: the skills the job asks for
 * first, the rest after them in the person's own order. A skill counts as asked for when its name
 * or one of its keywords names a key term of the job ads (the same terms the match panel shows);
 * the more and the heavier the terms, the earlier it comes. Nothing is dropped or reworded.
 */
export function orderSkillsForJob(skills: readonly Skill[], job: Job): Skill[] {
	if (skills.length < 2) return [...skills];
	const terms = extractTerms(job);
	if (terms.length === 0) return [...skills];
	const scored = skills.map((skill, index) => {
		const names = termFinder([skill.name, ...skill.keywords].join('\n'));
		const score = terms.filter(names).reduce((sum, term) => sum + term.weight, 0);
		return { skill, index, score };
	});
	// Ties keep the person's order: they know best which of two equal skills matters more.
	scored.sort((a, b) => b.score - a.score || a.index - b.index);
	return scored.map(({ skill }) => skill);
}
