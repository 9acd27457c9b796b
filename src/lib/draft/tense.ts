import type { Tense } from './types';

const QUOTED = /“[^”]*”|"[^"]*"/g;
const FUTURE =
	/\b(?:will|won[’']t|shall|going to|(?:is|are) set (?:to|for)|(?:is|are) due to|(?:is|are) expected to|plans? to|intends? to)\b|[’']ll\b/i;
const PAST_WORD =
	/\b(?:was|were|had|did|didn[’']t|said|told|came|went|met|made|gave|took|spoke|saw|began|left|won|lost|got|held|ago)\b/i;
/** Words ending in -ed that are no past verbs. */
const NOT_PAST =
	/^(?:need|feed|seed|speed|breed|proceed|exceed|succeed|bleed|indeed|united|shed|red|bed|wed|embed)$/i;

/**
 * Which way the sentence's own verbs point, quotations left out: `future` with a future
 * marker (will, shall, ’ll, going to, set to/for, due to, expected to, plans to) and no past
 * verb; `past` with a past verb (a common irregular one, or a word ending in -ed) and no
 * future marker; otherwise `unknown`. Deliberately simple: it only chooses between the last
 * and the next occurrence of words such as "on Monday", and the editor sees the choice.
 */
export function sentenceTense(sentence: string): Tense {
	const own = sentence.replace(QUOTED, ' ');
	const future = FUTURE.test(own);
	const past =
		PAST_WORD.test(own) ||
		(own.match(/\b[a-z]{2,}ed\b/gi) ?? []).some((word) => !NOT_PAST.test(word));
	if (future && !past) return 'future';
	if (past && !future) return 'past';
	return 'unknown';
}
