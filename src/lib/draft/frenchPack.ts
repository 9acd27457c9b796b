import * as fr from 'chrono-node/fr';
import { FRENCH_DATES, FRENCH_WORDS } from './frenchWords';
import type { LanguagePack } from './languagePack';
import { findLocalDates } from './localDates';
import { dateReader } from './localReading';

const reader = dateReader(FRENCH_DATES);

/** French: its words, chrono-node's French parser and the French date phrases. Loaded on demand. */
export const FRENCH_PACK: LanguagePack = {
	language: 'fr',
	words: FRENCH_WORDS,
	findDates: (text, reference) => findLocalDates(text, reference, fr.parse, reader)
};
