import { days, oneDay, phraseRule, type DayRule } from './dayRule';

/**
 * Words that tie a happening to the time of writing without naming a date. Decided so:
 * - `now`, `currently`, `at present`, `at the moment` say how things stand when the article
 *   is written: the publication day, and no more (not a span around it).
 * - `recently`, `lately`, `of late` say only that it happened before publication, not how
 *   long before: an open start, kept as `before` the publication day (like "by today").
 * - `current` ("the current plan", "a current account", an electric current) qualifies a
 *   thing, not when a happening is: it is no date word, and the finder does not take it.
 * A sentence dated by other words as well is dated by those (see the drafting module).
 */
const NOW = '(?:right )?now|currently|at present|at the moment';
const RECENTLY = 'recently|lately|of late';
/** All of them, as regular-expression source (for the drafting module's finder). */
export const PRESENT_WORDS = `${NOW}|${RECENTLY}`;

export const PRESENT_WORD_RULES: DayRule[] = [
	phraseRule(NOW, (_match, { reference }) => oneDay(reference)),
	phraseRule(RECENTLY, (_match, { reference }) => days(reference, reference, 'before'))
];

const WHOLE = new RegExp(`^(?:${PRESENT_WORDS})$`, 'i');

/** Whether `words` are one of these, which date a sentence only when nothing else does. */
export function isPresentWords(words: string): boolean {
	return WHOLE.test(words.trim());
}
