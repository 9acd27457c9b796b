import * as de from 'chrono-node/de';
import { GERMAN_DATES, GERMAN_WORDS } from './germanWords';
import type { LanguagePack } from './languagePack';
import { findLocalDates } from './localDates';
import { dateReader } from './localReading';

const reader = dateReader(GERMAN_DATES);

/** German: its words, chrono-node's German parser and the German date phrases. Loaded on demand. */
export const GERMAN_PACK: LanguagePack = {
	language: 'de',
	words: GERMAN_WORDS,
	findDates: (text, reference) => findLocalDates(text, reference, de.parse, reader)
};
