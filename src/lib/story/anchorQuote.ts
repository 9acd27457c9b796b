import type { CheckKey } from '../i18n/checks/en';
import { failed as failure, type Failed } from './said';
import type { ExcerptInput } from './storyInput';
import { firstTwoOfEach } from './quoteSearch';
import type { Excerpt } from './types';

export type AnchorResult = { ok: true; excerpt: Excerpt } | Failed;

const CURLY_QUOTES = /[‘’“”]/;

/** An authored quote; a published story's excerpts also carry their offsets (unchecked input). */
export type QuoteInput = ExcerptInput & { start?: unknown; end?: unknown };

/**
 * Finds `quote.exact` verbatim in `text` (no normalisation of quotes, dashes or spaces).
 * Authored `prefix`/`suffix` pick one occurrence among several. The result carries the
 * source's own surrounding text (up to `contextLength` characters) and UTF-16 offsets.
 */
export function anchorQuote(text: string, quote: QuoteInput, contextLength = 32): AnchorResult {
	return anchorQuotes(text, [quote], contextLength)[0]!;
}

/** Past this many quotes to search in one source, they are searched for all at once. */
const ONE_BY_ONE = 4;

/**
 * `anchorQuote` for each of a source's quotes. Bounded work, whatever the input: offsets that
 * a story carries (`start`/`end`, as in a published story) are verified, not searched; the
 * rest are found together, in one pass over the text (`quoteSearch.ts`), up to their second
 * match, which is all it takes to know a quote is ambiguous; quote marks that differ from the
 * source's are looked for in one more pass. A few quotes are searched for one by one.
 */
export function anchorQuotes(
	text: string,
	quotes: readonly QuoteInput[],
	contextLength = 32
): AnchorResult[] {
	const results: (AnchorResult | number | null)[] = quotes.map((quote) =>
		quote.exact === '' ? failed('quoteEmpty') : verifiedStart(text, quote)
	);
	// Each quote with its context finds only fitting occurrences.
	const searched = quotes.flatMap((quote, at) => (results[at] === null ? [{ quote, at }] : []));
	const full = search(
		text,
		searched.map(({ quote: { exact, prefix = '', suffix = '' } }) => prefix + exact + suffix)
	);
	// Those that never fit: is it the context, or the words themselves?
	const misfits = searched.filter((_, k) => full[k]!.length === 0);
	const bare = search(
		text,
		misfits.map(({ quote }) => (quote.prefix || quote.suffix ? quote.exact : ''))
	);
	searched.forEach(({ quote, at }, k) => {
		const [first, second] = full[k]!;
		if (second !== undefined) results[at] = failed('quoteAmbiguous');
		else if (first !== undefined) results[at] = first + (quote.prefix ?? '').length;
	});
	const unplaced: { at: number; exact: string }[] = [];
	misfits.forEach(({ quote, at }, k) => {
		const count = bare[k]!.length;
		if (count === 0) unplaced.push({ at, exact: quote.exact });
		else results[at] = failed(count === 1 ? 'contextOnce' : 'contextMany');
	});
	notFound(text, unplaced).forEach((key, j) => {
		results[unplaced[j]!.at] = failed(key);
	});
	return results.map((result, i) =>
		typeof result === 'number' ? anchored(text, quotes[i]!, result, contextLength) : result!
	);
}

const failed = (key: CheckKey): AnchorResult => failure(key);

/** The first two starts of each needle (none for ''): one pass for many, `indexOf` for a few. */
function search(text: string, needles: string[]): number[][] {
	if (needles.length > ONE_BY_ONE) return firstTwoOfEach(text, needles);
	return needles.map((needle) => (needle === '' ? [] : firstTwo(text, needle)));
}

function anchored(
	text: string,
	quote: QuoteInput,
	start: number,
	contextLength: number
): AnchorResult {
	const end = start + quote.exact.length;
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

/** Why each quote is not in the source: its quote marks may differ from the source's. */
function notFound(text: string, quotes: { exact: string }[]): CheckKey[] {
	// Only a quote with quote marks can differ from its source in their shape alone.
	const marked = quotes.map(({ exact }) => (ANY_QUOTE.test(exact) ? straightQuotes(exact) : ''));
	const found = marked.some(Boolean) ? search(straightened(text), marked) : [];
	return quotes.map(({ exact }, i) => {
		const at = found[i]?.[0];
		if (!marked[i] || at === undefined) return 'notVerbatim';
		const inSource = text.slice(at, at + exact.length);
		return CURLY_QUOTES.test(inSource) ? 'curlyInSource' : 'straightInSource';
	});
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
