import { findChronoDates } from './chronoFinder';
import { ENGLISH_WORDS } from './englishWords';
import type { LanguagePack } from './languagePack';
import { isPartOfName } from './names';
import { findNewsPhrases } from './newsFinder';

/**
 * English, always loaded: the project's news phrases and chrono-node's British English
 * finds, less the words that begin a name ("March Madness"). The words are read as written.
 */
export const ENGLISH_PACK: LanguagePack = {
	language: 'en',
	words: ENGLISH_WORDS,
	findDates: (text, reference) =>
		[
			...findNewsPhrases(text).map((range) => ({ ...range, finder: 'news' as const })),
			...findChronoDates(text, reference).map((range) => ({ ...range, finder: 'chrono' as const }))
		].filter((found) => !isPartOfName(text, found))
};
