import { describe, expect, it } from 'vitest';
import { CvItemSchema, exampleSession } from '$lib/domain';
import { stepValuesFor } from '../item-context';
import { ContentRulesSchema } from '../pipeline-settings';

const rules = ContentRulesSchema.parse({});
const item = CvItemSchema.parse({ id: 'kq', kind: 'key_qualifications', updatedAt: 0 });

describe('the key qualifications prompt and the Skills list', () => {
	it('shows the model the person’s skills after their talents', () => {
		const session = exampleSession(0);
		const { talents } = stepValuesFor(session, item, rules);
		expect(talents!.startsWith('I turn messy operational data into pipelines')).toBe(true);
		expect(talents).toContain(
			'Skills:\n- Python (Expert): PySpark, scikit-learn\n- SQL (Expert): PostgreSQL, Amazon Redshift, T-SQL'
		);
	});

	it('leaves the talents as they are without skills, and uses the skills without talents', () => {
		const session = exampleSession(0);
		session.profile.skills = [];
		expect(stepValuesFor(session, item, rules).talents).toBe(session.profile.talents);
		session.profile.talents = '';
		session.profile.skills = [{ id: 's', name: 'Phlebotomy', level: '', keywords: [] }];
		expect(stepValuesFor(session, item, rules).talents).toBe('Skills:\n- Phlebotomy');
	});
});
