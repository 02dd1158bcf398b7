import { describe, expect, it } from 'vitest';
import { tailoredExampleSession } from '../__fixtures__/tailored-sessions';
import { coverLetterState, sessionCoverLetter } from './session-cover-letter';
import { LETTER_NOW, letterSession, STANDARD_LETTER } from './__fixtures__/letters';

describe('sessionCoverLetter', () => {
	it('exports the accepted letter item, framed by the session’s letter options', () => {
		const session = letterSession(0);
		session.coverLetter.recipientName = 'Ms Kari Nordmann';
		const document = sessionCoverLetter(session, 'classic', 'letter', LETTER_NOW);
		expect(document?.paragraphs.join('\n\n')).toBe(STANDARD_LETTER);
		expect(document?.recipient).toEqual(['Ms Kari Nordmann', 'Acme Mobility']);
		expect(document?.date).toBe('December 1, 2026');
		expect(document?.paper).toBe('letter');
	});

	it('has nothing to export for a letter in review, excluded, or never asked for', () => {
		for (const status of ['pending', 'generating', 'to_review', 'failed'] as const) {
			// A pending item with text is a letter put back for another try: still a draft.
			const session = letterSession(0, { status });
			expect(coverLetterState(session).status, status).toBe('draft');
			expect(sessionCoverLetter(session, 'classic', 'a4', LETTER_NOW)).toBeUndefined();
		}
		const excluded = letterSession(0, { excluded: true });
		expect(coverLetterState(excluded).status).toBe('excluded');
		expect(sessionCoverLetter(excluded, 'classic', 'a4', LETTER_NOW)).toBeUndefined();
		expect(coverLetterState(tailoredExampleSession(0)).status).toBe('none');
		expect(coverLetterState(letterSession(0, { text: ' \n\n ' })).status).toBe('draft');
		const unwritten = letterSession(0, { status: 'pending', text: '' });
		expect(coverLetterState(unwritten).status).toBe('none');
	});
});
