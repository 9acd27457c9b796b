import { ENGLISH_WORDS } from './englishWords';
import { everyMatch, type LanguageWords } from './languageWords';
import type { Tense } from './types';

/**
 * The quotations ("…", “…”, « … », „…“ as the language quotes) of a sentence, as [start, end)
 * offsets with their marks, in one pass: a closing mark is searched for once per opening one
 * that is closed, and once per kind that is not. A quotation runs on over sentences as news
 * quotes a speaker („Wir bauen. Das dauert bis 2027“, sagte sie): one left open after the
 * sentence's own words runs to its end, and a closing mark before any opening one (of a
 * pair of two marks) closes a quotation from the sentence's start.
 */
export function quotationSpans(
	sentence: string,
	quotes: Record<string, string> = ENGLISH_WORDS.quotes
): [number, number][] {
	const spans: [number, number][] = [];
	const from = carriedOver(sentence, quotes);
	if (from > 0) spans.push([0, from]);
	const unclosed = new Set<string>();
	for (let i = from; i < sentence.length; i++) {
		const closer = quotes[sentence[i]!];
		if (!closer || unclosed.has(closer)) continue;
		const end = sentence.indexOf(closer, i + 1);
		if (end === -1) {
			// Only the first mark left open, and not one the sentence opens with: a sentence all
			// quotation is read as the sentence's own words.
			if (unclosed.size === 0 && sentence.slice(from, i).trim() !== '')
				spans.push([i, sentence.length]);
			unclosed.add(closer);
			i = sentence.length;
		} else {
			spans.push([i, end + 1]);
			i = end;
		}
	}
	return spans;
}

/** Past a quotation carried over from the sentence before: its closing mark's end, or 0. */
function carriedOver(sentence: string, quotes: Record<string, string>): number {
	let first = -1;
	for (const [opener, closer] of Object.entries(quotes)) {
		if (opener === closer) continue;
		const close = sentence.indexOf(closer);
		const open = sentence.indexOf(opener);
		if (close !== -1 && (open === -1 || close < open) && (first === -1 || close < first))
			first = close;
	}
	return first + 1;
}

/** The sentence with each closed quotation blanked, offsets kept. */
export function withoutQuotations(
	sentence: string,
	quotes: Record<string, string> = ENGLISH_WORDS.quotes
): string {
	let own = '';
	let at = 0;
	for (const [start, end] of quotationSpans(sentence, quotes)) {
		own += `${sentence.slice(at, start)}${' '.repeat(end - start)}`;
		at = end;
	}
	return own + sentence.slice(at);
}

/**
 * Which way the sentence's own verbs point, quotations left out: `future` with a future
 * marker of the language (will, shall, ’ll, going to…; sera, va signer; wird) and no past
 * verb; `past` with a past verb (see `firstPastVerb`) and no future marker; otherwise
 * `unknown`. Deliberately simple: it only chooses between the last and the next occurrence
 * of words such as "on Monday", and the editor sees the choice.
 */
export function sentenceTense(sentence: string, words: LanguageWords = ENGLISH_WORDS): Tense {
	const own = withoutQuotations(sentence, words.quotes);
	const future = words.future.test(own);
	const past = firstPastVerb(own, words) !== null;
	if (future && !past) return 'future';
	if (past && !future) return 'past';
	return 'unknown';
}

/** A word with a capital after the text's first word is a name ("the Fed", "Fred"), no verb. */
const isNoName = (match: RegExpExecArray | RegExpMatchArray) =>
	match.index === 0 || !/^\p{Lu}/u.test(match[0]);

type Found = { word: string; index: number };

/**
 * The first past verb of `text` (a past form the language knows by heart or builds with its
 * auxiliary, a word with a past ending that is no participle after a present "be", nor a
 * name: "the Fed", "Fred"; or a perfect's auxiliary), with its offset, or null.
 */
export function firstPastVerb(text: string, words: LanguageWords = ENGLISH_WORDS): Found | null {
	const known = [...text.matchAll(everyMatch(words.past))].find(isNoName);
	const blanked = words.passive
		? text.replace(everyMatch(words.passive), (passive) => ' '.repeat(passive.length))
		: text;
	const regular = [...blanked.matchAll(everyMatch(words.regularPast))].find(
		(match) => !words.notPast.test(match[0]) && isNoName(match)
	);
	const candidates: Found[] = [known, regular]
		.filter((match) => match != null)
		.map((match) => ({ word: match[0], index: match.index }));
	const perfect = words.perfect?.(text);
	if (perfect) candidates.push(perfect);
	return candidates.sort((a, b) => a.index - b.index)[0] ?? null;
}
