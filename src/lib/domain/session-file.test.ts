import { describe, expect, it } from 'vitest';
import { exampleSession } from './example-session';
import { LIMITS } from './limits';
import { duplicateSession, SESSION_SCHEMA_VERSION, type Session } from './session';
import { parseSessionFile, serializeSessionFile, SESSION_FILE_FORMAT } from './session-file';
import { CvItemSchema, findItem } from './structured-cv';

function sessionWithItems(): Session {
	const session = exampleSession(1_000);
	session.cv.sections[1]!.items = [
		CvItemSchema.parse({
			id: 'role-item',
			kind: 'role',
			sourceId: session.profile.roles[0]!.id,
			status: 'generating',
			content: { text: 'Half-written one-liner', bullets: [] },
			updatedAt: 1_000
		}),
		CvItemSchema.parse({
			id: 'accepted-item',
			kind: 'role',
			sourceId: session.profile.roles[1]!.id,
			status: 'accepted',
			content: { text: 'Rebuilt sales ingestion', bullets: ['60 million receipts a day'] },
			updatedAt: 1_000
		})
	];
	return session;
}

function fileWith(session: unknown): string {
	return JSON.stringify({ format: SESSION_FILE_FORMAT, session });
}

describe('session files', () => {
	it('round-trips a session exactly', () => {
		const session = exampleSession(1_000);
		const result = parseSessionFile(serializeSessionFile(session), 2_000);
		expect(result).toEqual({ ok: true, value: session });
	});

	it('keeps the cover letter, its versions and its options through export, import and duplicate', () => {
		const session = exampleSession(1_000);
		session.coverLetter = {
			recipientName: 'Kari Nordmann',
			recipientTitle: 'Head of Engineering',
			company: 'Acme Norway',
			tone: 'warm',
			length: 'short',
			points: ['I am relocating to Oslo in March.']
		};
		const letter = CvItemSchema.parse({
			id: 'letter-item',
			kind: 'cover_letter',
			status: 'accepted',
			content: { text: 'First paragraph.\n\nSecond paragraph.', bullets: [] },
			versions: [
				{
					content: { text: 'An earlier letter.', bullets: [] },
					createdAt: 900,
					origin: 'generated',
					feedback: ''
				}
			],
			updatedAt: 1_000
		});
		session.cv.sections = [
			...session.cv.sections.filter((section) => section.kind !== 'cover_letter'),
			{ kind: 'cover_letter', items: [letter] }
		];
		const imported = parseSessionFile(serializeSessionFile(session), 2_000);
		expect(imported).toEqual({ ok: true, value: session });
		const copy = duplicateSession(session, 3_000);
		expect(findItem(copy.cv, 'letter-item')).toEqual(letter);
		expect(copy.coverLetter).toEqual(session.coverLetter);
	});

	it('marks the file as an aicvgen session and never contains anything but the session', () => {
		const text = serializeSessionFile(exampleSession(1));
		const json = JSON.parse(text) as Record<string, unknown>;
		expect(Object.keys(json).sort()).toEqual(['format', 'session']);
		expect(json.format).toBe('aicvgen-session');
	});

	it('brings items that were generating at export time back as pending, keeping their text', () => {
		const result = parseSessionFile(serializeSessionFile(sessionWithItems()), 5_000);
		if (!result.ok) throw new Error(result.message);
		expect(findItem(result.value.cv, 'role-item')).toMatchObject({
			status: 'pending',
			updatedAt: 5_000,
			content: { text: 'Half-written one-liner' }
		});
		expect(findItem(result.value.cv, 'accepted-item')?.status).toBe('accepted');
	});

	it('refuses an oversized file before reading it', () => {
		const text = fileWith({ padding: 'x'.repeat(LIMITS.sessionFileBytes) });
		const result = parseSessionFile(text, 1);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/^This file is too large \(2\.0 MB\)\./);
	});

	it('refuses a file that is not JSON', () => {
		expect(parseSessionFile('{"format": "aicvgen-session", "sess', 1)).toEqual({
			ok: false,
			message: 'This file is not valid JSON: it may be cut off or not a JSON file.'
		});
	});

	it('refuses other JSON and points to the right import', () => {
		const message =
			'This is not an aicvgen session file. Use a file made with "Export session", or import a JSON Resume into the profile.';
		expect(parseSessionFile('{"basics": {"name": "Richard"}}', 1)).toEqual({ ok: false, message });
		expect(parseSessionFile('null', 1)).toEqual({ ok: false, message });
		expect(parseSessionFile(JSON.stringify(exampleSession(1)), 1)).toEqual({ ok: false, message });
	});

	it('asks to update the app for a file from a newer version', () => {
		const newer = { ...exampleSession(1), schemaVersion: SESSION_SCHEMA_VERSION + 1 };
		expect(parseSessionFile(fileWith(newer), 1)).toEqual({
			ok: false,
			message:
				'This session was saved by a newer version of aicvgen. Reload the app to update it, then import again.'
		});
	});

	it('lists the fields that are wrong, by name', () => {
		const session = exampleSession(1) as unknown as {
			profile: { roles: Array<{ start: string }> };
			job: { title: unknown };
		};
		session.profile.roles[1]!.start = 'spring 2018';
		session.job.title = 42;
		const result = parseSessionFile(fileWith(session), 1);
		expect(result).toEqual({
			ok: false,
			message:
				'This session file has problems:\n' +
				'Profile › Role #2 › start: Use a date like 2021-03 (year and month) or 2021.\n' +
				'Job › title: should be text, not a number'
		});
	});

	it('refuses a wrapper with no session in it', () => {
		const result = parseSessionFile(JSON.stringify({ format: SESSION_FILE_FORMAT }), 1);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/^This session file has problems:\nThe file: /);
	});
});
