/** The cover letter is its own document: none of the CV's files carries it. */
import { describe, expect, it } from 'vitest';
import { allItems, updateItem, type Session } from '$lib/domain';
import { classicTemplate } from '$templates/index';
import { buildCvDocument } from './cv-document';
import { renderCvMarkdown } from './cv-markdown';
import { serializeJsonResume } from './json-resume-export';
import { tailoredExampleSession } from './__fixtures__/tailored-sessions';

const LETTER = 'I would bring my streaming experience to Acme Mobility from the first week.';

function withAcceptedLetter(session: Session): Session {
	const cv = {
		sections: [
			...session.cv.sections.filter((section) => section.kind !== 'cover_letter'),
			{
				kind: 'cover_letter' as const,
				items: [
					{
						...allItems(session.cv)[0]!,
						id: 'letter',
						kind: 'cover_letter' as const,
						sourceId: '',
						status: 'accepted' as const,
						content: { text: `${LETTER}\n\nA second paragraph.`, bullets: [] }
					}
				]
			}
		]
	};
	return { ...session, cv: updateItem(cv, 'letter', (item) => item) };
}

describe('the CV’s exports and the cover letter', () => {
	it('leave an accepted letter out of the CV document, its Markdown and the JSON Resume', () => {
		const session = withAcceptedLetter(tailoredExampleSession(0));
		const document = buildCvDocument(session, classicTemplate);
		expect(JSON.stringify(document)).not.toContain('streaming experience to Acme');
		expect(renderCvMarkdown(document)).not.toContain('streaming experience to Acme');
		expect(serializeJsonResume(session)).not.toContain('streaming experience to Acme');
		// The same CV as without a letter.
		const without = buildCvDocument(tailoredExampleSession(0), classicTemplate);
		expect(document).toEqual(without);
	});
});
