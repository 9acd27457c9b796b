import type { EventKind } from '../story/storyInput';

/**
 * Words that say what kind of happening a sentence tells of, most telling first: each
 * language's own (its `kinds`, see languageWords.ts), as drafting reads its articles.
 */
export type KindWords = readonly (readonly [EventKind, RegExp])[];

/** The kind of event a sentence proposes, by `words`; `other` when none says. */
export function guessKind(sentence: string, words: KindWords): EventKind {
	return words.find(([, pattern]) => pattern.test(sentence))?.[0] ?? 'other';
}
