/**
 * The Tailor tab's job match: the report for a session, made again once the phrase tagger
 * (~1 MB, loaded only when the panel first asks) is there; until then the vocabulary's terms.
 */
import type { Session } from '$lib/domain';
import { cvTexts } from '$lib/export/cv-plain-text';
import { matchReport, suggestionFeedback, type MatchReport } from '$lib/match/match-report';
import { currentTagger, loadTagger } from '$lib/match/phrase-tagger';

export type { MatchReport };

export class JobMatch {
	#taggerReady = $state(currentTagger() !== undefined);

	/** Starts loading the tagger if it is not there yet; the report follows when it is. */
	loadTagger(): void {
		// Not fetched (offline before its first use): the vocabulary's terms meanwhile.
		if (!this.#taggerReady)
			void loadTagger().then(
				() => (this.#taggerReady = true),
				() => undefined
			);
	}

	report(session: Session): MatchReport {
		void this.#taggerReady; // read so that a derived report is made again once the tagger is there
		return matchReport(session, cvTexts(session));
	}

	/** What to ask the model for, from the terms the data supports but the CV does not say. */
	feedback(report: MatchReport): string {
		return suggestionFeedback(report.suggestions);
	}
}
