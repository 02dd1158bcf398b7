/**
 * Where every mode's answers come from: a test's own responders first, then the careful CV-import
 * answer, then a cover letter of the asked length, then the deterministic default (responder.ts). Sharing it means a whole CV is tailored
 * the same way whichever provider the mock plays.
 */
import { coverLetterResponder } from './cover-letter-responder';
import { carefulCvImportResponder } from './cv-import-responder';
import { defaultAnswer, type MockChatRequest, type MockResponder } from './responder';

export class AnswerSource {
	readonly #responders: MockResponder[] = [];

	add(responder: MockResponder): void {
		this.#responders.push(responder);
	}

	clear(): void {
		this.#responders.length = 0;
	}

	answerFor(chat: MockChatRequest): string {
		for (const responder of this.#responders) {
			const answer = responder(chat);
			if (typeof answer === 'string') return answer;
		}
		return carefulCvImportResponder(chat) ?? coverLetterResponder(chat) ?? defaultAnswer(chat);
	}
}
