import type { ExcerptInput } from './storyInput';
import type { Excerpt } from './types';

export type AnchorResult = { ok: true; excerpt: Excerpt } | { ok: false; message: string };

const CURLY_QUOTES = /[‘’“”]/;

/** An authored quote; a published story's excerpts also carry their offsets (unchecked input). */
type QuoteInput = ExcerptInput & { start?: unknown; end?: unknown };

/**
 * Finds `quote.exact` verbatim in `text` (no normalisation of quotes, dashes or spaces).
 * Authored `prefix`/`suffix` pick one occurrence among several. The result carries the
 * source's own surrounding text (up to `contextLength` characters) and UTF-16 offsets.
 *
 * Bounded work, whatever the input: offsets that a story carries (`start`/`end`, as in a
 * published story) are verified, not searched; otherwise a search stops at the second match,
 * which is all it takes to know a quote is ambiguous.
 */
export function anchorQuote(text: string, quote: QuoteInput, contextLength = 32): AnchorResult {
	const { exact } = quote;
	if (exact === '') return { ok: false, message: 'The quote is empty' };

	const start = verifiedStart(text, quote) ?? uniqueStart(text, quote);
	if (typeof start === 'string') return { ok: false, message: start };

	const end = start + exact.length;
	return {
		ok: true,
		excerpt: {
			...quote,
			prefix: text.slice(safeBoundary(text, start - contextLength), start),
			suffix: text.slice(end, safeBoundary(text, end + contextLength)),
			start,
			end
		}
	};
}

/** The quote's own `start`, when its offsets and context hold in `text`; else null. */
function verifiedStart(text: string, quote: QuoteInput): number | null {
	const { start, end, exact } = quote;
	if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
	const at = start as number;
	if (at < 0 || (end as number) !== at + exact.length || !text.startsWith(exact, at)) return null;
	return fitsContext(text, at, quote) ? at : null;
}

/** The start of the one occurrence that fits the quote's context, or why there is none. */
function uniqueStart(text: string, quote: QuoteInput): number | string {
	const { exact, prefix = '', suffix = '' } = quote;
	// Searching for the context with the quote finds only fitting occurrences.
	const needle = prefix + exact + suffix;
	const [first, second] = firstTwo(text, needle);
	if (first !== undefined && second === undefined) return first + prefix.length;
	if (first !== undefined) {
		return 'The quote occurs more than once in the source; add a prefix or suffix (the text just before or after it) to say which one';
	}
	const bare = firstTwo(text, exact).length;
	if (bare === 0) return notFoundMessage(text, exact);
	return `The quote occurs ${bare === 1 ? 'once' : 'more than once'} in the source, but never with the given prefix/suffix`;
}

/** Start offsets of the first two occurrences (overlapping ones count): enough to tell one from many. */
function firstTwo(text: string, needle: string): number[] {
	const first = text.indexOf(needle);
	if (first === -1) return [];
	const second = text.indexOf(needle, first + 1);
	return second === -1 ? [first] : [first, second];
}

function fitsContext(
	text: string,
	start: number,
	{ exact, prefix, suffix }: ExcerptInput
): boolean {
	const before =
		prefix === undefined ||
		(start >= prefix.length && text.startsWith(prefix, start - prefix.length));
	const after = suffix === undefined || text.startsWith(suffix, start + exact.length);
	return before && after;
}

const ANY_QUOTE = /[‘’“”'"]/;

function notFoundMessage(text: string, exact: string): string {
	const notFound = 'The quote is not in the source verbatim';
	// Only a quote with quote marks can differ from its source in their shape alone.
	if (!ANY_QUOTE.test(exact)) return notFound;
	const at = straightened(text).indexOf(straightQuotes(exact));
	if (at === -1) return notFound;
	const inSource = text.slice(at, at + exact.length);
	return CURLY_QUOTES.test(inSource)
		? `${notFound}: the source uses curly quotes (‘ ’ “ ”) where the quote has straight ones; copy it exactly`
		: `${notFound}: the source uses straight quotes (' ") where the quote has curly ones; copy it exactly`;
}

/** Replaces curly quotes one for one, so offsets are unchanged. */
function straightQuotes(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** The last source straightened: a story's quotes are anchored source by source, so one copy is made per source, not per quote. */
let lastSource: { text: string; straight: string } | null = null;
function straightened(text: string): string {
	if (lastSource?.text !== text) lastSource = { text, straight: straightQuotes(text) };
	return lastSource.straight;
}

/** Clamps a context boundary into the text; one landing inside a surrogate pair moves past it. */
function safeBoundary(text: string, offset: number): number {
	const at = Math.min(Math.max(offset, 0), text.length);
	const code = text.charCodeAt(at);
	const insidePair = at > 0 && code >= 0xdc00 && code <= 0xdfff;
	return insidePair ? at + 1 : at;
}
