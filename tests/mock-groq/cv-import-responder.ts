/**
 * Answers the app's CV import call (the prompt that fences the CV in <cv_text>) as a careful
 * model would: the name from the first line and the email and phone found in the text, nothing
 * else. Tests script their own answer with `cvImportResponder`, e.g. one that invents a role and a
 * date, to check that the app drops what the CV does not say.
 */
import type { MockChatRequest, MockResponder } from './responder';

/** The CV text the app sent, or undefined when the request is not a CV import. */
export function cvTextOf(request: MockChatRequest): string | undefined {
	const user = request.messages.filter((message) => message.role === 'user').at(-1)?.content;
	return user?.match(/<cv_text>\n?([\s\S]*?)\n?<\/cv_text>/)?.[1];
}

/** An answer with every field of the import schema present and empty. */
export function emptyCvAnswer() {
	return {
		header: { name: '', headline: '', email: '', phone: '', location: '', links: [] },
		summary: '',
		roles: [],
		projects: [],
		education: [],
		certifications: [],
		languages: [],
		skills: []
	};
}

/** The mock's own answer: only what is plainly in the text. */
export function carefulCvAnswer(cvText: string) {
	const answer = emptyCvAnswer();
	answer.header.name =
		cvText
			.split('\n')
			.find((line) => line.trim() !== '')
			?.trim() ?? '';
	answer.header.email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(cvText)?.[0] ?? '';
	answer.header.phone = /\+?\d[\d ()-]{7,}\d/.exec(cvText)?.[0] ?? '';
	return answer;
}

/** Answers CV import requests with `answer(cvText)`; other requests go to the next responder. */
export function cvImportResponder(answer: (cvText: string) => unknown): MockResponder {
	return (request) => {
		const cvText = cvTextOf(request);
		return cvText === undefined ? undefined : JSON.stringify(answer(cvText));
	};
}

/** The default CV import answer of the mock server. */
export const carefulCvImportResponder: MockResponder = cvImportResponder(carefulCvAnswer);
