import type { Mention } from './types';

/** "the quarter", "in the quarter": the quarter the article is about, named before. */
const THE_QUARTER = /^(?:(?:in|during|for) )?the quarter$/i;
const A_QUARTER = /\bquarter\b/i;

/**
 * "Revenue in the quarter rose" after "reported third-quarter earnings": words that name no
 * quarter of their own take the last one the article named before them, anywhere before
 * (news names the quarter once, high up). Without one they stay unplaced, with the reason.
 * `mentions` are in text order; one walk.
 */
export function referBackToQuarters(mentions: Mention[]): Mention[] {
	let named: Mention | null = null;
	return mentions.map((mention) => {
		if (THE_QUARTER.test(mention.words)) {
			if (!named) {
				return { ...mention, date: null, reason: 'no quarter is named before it for it to be' };
			}
			const referred: Mention = { ...mention, date: named.date, refersTo: named.words };
			delete referred.reason;
			delete referred.direction;
			return referred;
		}
		if (mention.date && A_QUARTER.test(mention.words)) named = mention;
		return mention;
	});
}
