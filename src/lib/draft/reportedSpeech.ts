import { ENGLISH_WORDS } from './englishWords';
import { everyMatch, type LanguageWords } from './languageWords';
import { firstPastVerb, quotationSpans, sentenceTense, withoutQuotations } from './tense';
import type { Tense } from './types';

/**
 * Reported speech and deadlines: "Desai told a packed meeting that the repairs would be
 * finished by the end of the year". The telling is past; the words after "would" (or inside a
 * quotation that looks ahead) say what it points to, not when it happened. So a date there is
 * read looking ahead, and is the event's target rather than its date.
 */

export interface SentenceReading {
	tense: Tense;
	/** The sentence's first past verb, quotations left out. */
	past: { word: string; index: number } | null;
	/** Offsets of words that look ahead, quotations left out, in order. */
	ahead: number[];
	quotations: [number, number][];
	/** Where each quotation starts, in order. */
	quotationStarts: number[];
	/** Each quotation's own tense, worked out when first asked for. */
	quotedTense: Map<number, Tense>;
	text: string;
	words: LanguageWords;
}

/** How a sentence's verbs and quotations point, in the language's words (see languageWords.ts). */
export function readSentence(text: string, words: LanguageWords = ENGLISH_WORDS): SentenceReading {
	const own = withoutQuotations(text, words.quotes);
	const quotations = quotationSpans(text, words.quotes);
	return {
		tense: sentenceTense(text, words),
		past: firstPastVerb(own, words),
		ahead: [...own.matchAll(everyMatch(words.looksAhead))].map((match) => match.index),
		quotations,
		quotationStarts: quotations.map(([start]) => start),
		quotedTense: new Map(),
		text,
		words
	};
}

/** The last of sorted `offsets` before `at`, or -1. */
function lastBefore(offsets: number[], at: number): number {
	let low = 0;
	let high = offsets.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (offsets[middle]! < at) low = middle + 1;
		else high = middle;
	}
	return low === 0 ? -1 : offsets[low - 1]!;
}

/** Index of the quotation holding offset `at`, or -1. */
function quotationAt(reading: SentenceReading, at: number): number {
	const starts = reading.quotationStarts;
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (starts[middle]! <= at) low = middle + 1;
		else high = middle;
	}
	const index = low - 1;
	return index !== -1 && at < reading.quotations[index]![1] ? index : -1;
}

export interface DateReading {
	/** Which way the words at this place point. */
	tense: Tense;
	/** The past verb of the sentence this date is told in, where it is reported speech. */
	toldIn?: string;
}

/**
 * How a date at offset `at` of the sentence is read: inside a quotation, by the quotation's
 * own verbs; after a word that looks ahead (would, will, expected to…) said after the
 * sentence's past verb, looking ahead, as after a past verb that looks ahead itself
 * ("agreed to fund … through Sept. 30"); otherwise by the sentence's tense. `toldIn` is set when
 * the sentence tells in the past of words that look ahead to this date.
 */
export function readDateAt(reading: SentenceReading, at: number): DateReading {
	const quoted = quotationAt(reading, at);
	const { past } = reading;
	if (quoted !== -1) {
		let tense = reading.quotedTense.get(quoted);
		if (tense === undefined) {
			const [start, end] = reading.quotations[quoted]!;
			tense = sentenceTense(reading.text.slice(start + 1, end - 1), reading.words);
			reading.quotedTense.set(quoted, tense);
		}
		if (tense === 'unknown') return { tense: reading.tense };
		return tense === 'future' && past ? { tense, toldIn: past.word } : { tense };
	}
	const ahead = lastBefore(reading.ahead, at);
	if (ahead === -1) return { tense: reading.tense };
	if (past && past.index < ahead) return { tense: 'future', toldIn: past.word };
	// The past verb looks ahead itself ("agreed to", "promised to"): no telling of another's words.
	if (past && past.index === ahead) return { tense: 'future' };
	return { tense: past ? reading.tense : 'future' };
}
