import type { DraftLanguage } from './languages';
import type { LanguageWords } from './languageWords';
import type { Mention, TextRange } from './types';

/** Date words found in an article, and how the resolver is to read them. */
export interface FoundDate extends TextRange {
	finder: Mention['finder'];
	/**
	 * The English date words the resolver reads for words in another language; null where
	 * they have none (`reason` says why); left out where the words are English themselves.
	 */
	reading?: string | null;
	reason?: string;
}

/**
 * What drafting needs to read an article in one language: its words (sentences, tense,
 * quotations) and its date finder. English is always there; the others load on demand
 * (see loadLanguage.ts), with their chrono-node parser.
 */
export interface LanguagePack {
	language: DraftLanguage;
	words: LanguageWords;
	/** The date words in `text`; `reference` only helps chrono find them, never dates them. */
	findDates(text: string, reference: Date): FoundDate[];
}
