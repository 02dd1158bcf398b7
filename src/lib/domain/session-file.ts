import { describeIssues } from './describe-issues';
import { parseJsonText, type ParseResult } from './parse-json-text';
import { SESSION_SCHEMA_VERSION, SessionSchema, type Session } from './session';
import { recoverInterruptedItems } from './structured-cv';

/** The wrapper that marks a file as an aicvgen session, so other JSON is refused by name. */
export const SESSION_FILE_FORMAT = 'aicvgen-session';

export function serializeSessionFile(session: Session): string {
	return JSON.stringify({ format: SESSION_FILE_FORMAT, session }, null, 2);
}

/** Reads an exported session file, or says in plain words why it cannot. */
export function parseSessionFile(fileText: string, now: number): ParseResult<Session> {
	const json = parseJsonText(fileText);
	if (!json.ok) return json;
	const wrapper = json.value as { format?: unknown; session?: unknown } | null;
	if (typeof wrapper !== 'object' || wrapper === null || wrapper.format !== SESSION_FILE_FORMAT) {
		return {
			ok: false,
			message:
				'This is not an aicvgen session file. Use a file made with "Export session", or import a JSON Resume into the profile.'
		};
	}
	const raw = wrapper.session as { schemaVersion?: unknown } | null;
	if (typeof raw === 'object' && raw !== null && typeof raw.schemaVersion === 'number') {
		if (raw.schemaVersion > SESSION_SCHEMA_VERSION) {
			return {
				ok: false,
				message:
					'This session was saved by a newer version of aicvgen. Reload the app to update it, then import again.'
			};
		}
	}
	const session = SessionSchema.safeParse(raw);
	if (!session.success) {
		return {
			ok: false,
			message: `This session file has problems:\n${describeIssues(session.error)}`
		};
	}
	return {
		ok: true,
		value: { ...session.data, cv: recoverInterruptedItems(session.data.cv, now) }
	};
}
