import type { KindWords } from './kind';

/**
 * The words of a language that drafting's shared code reads: where its sentences do not end,
 * how it quotes, which of its words point a sentence to the past or to what is to come, and
 * which say what kind of happening it tells of.
 * Each language is data of this shape (englishWords.ts, frenchWords.ts, germanWords.ts); the
 * splitting, tense and reported-speech rules are the same for all.
 */
export interface LanguageWords {
	/** The locale the Unicode sentence rules are asked for (`Intl.Segmenter`). */
	locale: string;
	/** A segment ending so does not end its sentence ("Dr.", "z. B.", "M."). */
	abbreviation: RegExp;
	/**
	 * A segment ending so runs on only into a next one starting so: English "9 a.m." into
	 * "Monday", German "am 3." into "März".
	 */
	runsOn: { end: RegExp; into: RegExp } | null;
	/** Quotation marks: each opening mark and the mark that closes it. */
	quotes: Record<string, string>;
	/** A word that looks ahead in the sentence's own voice (will, sera, wird). */
	future: RegExp;
	/** Past forms known by heart, or built with their auxiliary ("said", "a déclaré", "sagte"). */
	past: RegExp;
	/** Past forms by their ending (-ed, -ait): `notPast` and `passive` are left out. */
	regularPast: RegExp;
	/** Whole words with a past ending that are no past verbs. */
	notPast: RegExp;
	/** A participle after a present "be", blanked before past endings are looked for; or null. */
	passive: RegExp | null;
	/**
	 * The first auxiliary of a perfect told far from its participle ("hat … unterzeichnet"),
	 * as a past verb (see perfectTense.ts); null for a language that needs none.
	 */
	perfect: ((text: string) => { word: string; index: number } | null) | null;
	/** Words after which what follows looks ahead from the sentence's own past (would, werde). */
	looksAhead: RegExp;
	/** Where one clause gives way to another that may tell its own happening (see clauses.ts). */
	clauseBoundary: RegExp;
	/** A clause that only says who said it ("…, officials said Sunday"). */
	attribution: RegExp;
	/** Words that say a happening's kind (met, a rencontré, traf), most telling first. */
	kinds: KindWords;
}

/** `pattern` with the `g` flag, for walking all its matches. */
export const everyMatch = (pattern: RegExp): RegExp =>
	new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
