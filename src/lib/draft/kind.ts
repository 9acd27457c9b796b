import type { EventKind } from '../story/storyInput';

/** Words that say what kind of happening a sentence tells of, most telling first. */
const KIND_WORDS: [EventKind, RegExp][] = [
	['meeting', /\b(?:met|meets?|meeting|talks|summit|face-to-face|sit-down)\b/i],
	['visit', /\bvisit(?:s|ed|ing)?\b/i],
	[
		'travel',
		/\b(?:flew|flies|fly|flying|travel(?:l?ed|l?ing|s)?|trip|journey|plane|arriv(?:e|ed|es|ing)|touch(?:ed)? down)\b/i
	],
	[
		'announcement',
		/\b(?:announc\w*|unveil\w*|promis(?:e|ed|es)|pledg(?:e|ed|es)|launch\w*|publish\w*)\b/i
	],
	['statement', /\b(?:said|says|told|tells|added|stated|warned|claimed|insisted|praised)\b/i]
];

/** The kind of event a sentence proposes, by its words; `other` when none says. */
export function guessKind(sentence: string): EventKind {
	return KIND_WORDS.find(([, words]) => words.test(sentence))?.[0] ?? 'other';
}
