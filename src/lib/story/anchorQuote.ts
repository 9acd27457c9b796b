import type { Excerpt, ExcerptInput } from './types';

export type AnchorResult = { ok: true; excerpt: Excerpt } | { ok: false; message: string };

const CURLY_QUOTES = /[‘’“”]/;

/**
 * Finds `quote.exact` verbatim in `text` (no normalisation of quotes, dashes or spaces).
 * Authored `prefix`/`suffix` pick one occurrence among several. The result carries the
 * source's own surrounding text (up to `contextLength` characters) and UTF-16 offsets.
 */
export function anchorQuote(text: string, quote: ExcerptInput, contextLength = 32): AnchorResult {
	const { exact } = quote;
	if (exact === '') return { ok: false, message: 'The quote is empty' };

	const found = occurrences(text, exact);
	if (found.length === 0) return { ok: false, message: notFoundMessage(text, exact) };

	const matching = found.filter((start) => fitsContext(text, start, quote));
	if (matching.length === 0) {
		return {
			ok: false,
			message: `The quote occurs ${times(found.length)} in the source, but never with the given prefix/suffix`
		};
	}
	const [start, ...others] = matching;
	if (start === undefined || others.length > 0) {
		return {
			ok: false,
			message: `The quote occurs ${times(matching.length)} in the source; add a prefix or suffix (the text just before or after it) to say which one`
		};
	}

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

/** Start offsets of every occurrence, overlapping ones included. */
function occurrences(text: string, exact: string): number[] {
	const starts: number[] = [];
	for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
		starts.push(at);
	}
	return starts;
}

function fitsContext(
	text: string,
	start: number,
	{ exact, prefix, suffix }: ExcerptInput
): boolean {
	const before = prefix === undefined || text.slice(0, start).endsWith(prefix);
	const after = suffix === undefined || text.startsWith(suffix, start + exact.length);
	return before && after;
}

function notFoundMessage(text: string, exact: string): string {
	const notFound = 'The quote is not in the source verbatim';
	const at = straightQuotes(text).indexOf(straightQuotes(exact));
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

/** Clamps a context boundary into the text; one landing inside a surrogate pair moves past it. */
function safeBoundary(text: string, offset: number): number {
	const at = Math.min(Math.max(offset, 0), text.length);
	const code = text.charCodeAt(at);
	const insidePair = at > 0 && code >= 0xdc00 && code <= 0xdfff;
	return insidePair ? at + 1 : at;
}

function times(count: number): string {
	return count === 1 ? 'once' : `${count} times`;
}
