import type { ParsedResult } from 'chrono-node';
import { readChronoResult } from './chronoReading';
import type { FoundDate } from './languagePack';
import { ownWords, type DateReader } from './localReading';

/** A figure chrono takes for a time or a day that is a sum, a share or a decimal ("à 3,5 %"). */
const FIGURE_AFTER = /^(?:[.,]\d|\s?(?:%|€|\$|£|euros?(?![\p{L}])|prozent|pour cent))/iu;
const LETTER = /\p{L}/u;

/**
 * Whether chrono's find is worth reading: it has a figure (words without one are the
 * language's phrases' to read, which know their context: "am frühen Morgen" is no
 * "morgen"), it names a day, month, year or weekday (a time alone dates nothing), it starts
 * and ends on a word's edge, and it is no sum or share.
 */
function isDateFind(text: string, result: ParsedResult, end: number): boolean {
	const { start } = result;
	const named = (['day', 'month', 'year', 'weekday'] as const).some((part) =>
		start.isCertain(part)
	);
	return (
		/\d/.test(result.text) &&
		named &&
		!LETTER.test(text[result.index - 1] ?? '') &&
		!LETTER.test(text[end] ?? '') &&
		!FIGURE_AFTER.test(text.slice(end, end + 10))
	);
}

/** How far before date words their deadline or "since" words are looked for. */
const LOOK_BEFORE = 24;

/**
 * `found` taken with the deadline ("d'ici le", "bis zum") or "since" words ("depuis", "seit")
 * just before it, read as `by …` or `since …`, where its own words do not say so already; or
 * with the article before it ("le 3 mars"), which the reading does without.
 */
function withWordsBefore(text: string, found: FoundDate, reader: DateReader): FoundDate {
	if (!found.reading || /^(?:by|since) /.test(found.reading)) return found;
	const before = text.slice(Math.max(0, found.start - LOOK_BEFORE), found.start);
	for (const [pattern, english] of [
		[reader.deadlineBefore, 'by'],
		[reader.sinceBefore, 'since']
	] as const) {
		const match = pattern.exec(before);
		if (match) {
			const start = found.start - match[0].length;
			return { ...found, start, reading: `${english} ${found.reading}` };
		}
	}
	const article = reader.articleBefore?.exec(before);
	return article ? { ...found, start: found.start - article[0].length } : found;
}

/**
 * The date words of an article in another language: the language's own phrases (see
 * dateWords.ts) and chrono-node's finds with its parser for the language (those with a
 * figure: see `isDateFind`), each with the
 * English the resolver reads it as, or the reason it has none. Overlaps are left to
 * `findMentions`, which keeps the better of two. Linear in the text: one pass of the
 * phrases' finder, chrono's parse, and a short look before each find.
 */
export function findLocalDates(
	text: string,
	reference: Date,
	parse: (text: string, reference: Date) => ParsedResult[],
	reader: DateReader
): FoundDate[] {
	const phrases: FoundDate[] = [...text.matchAll(reader.finder)].map((match) => {
		const reading = reader.read(match[0]);
		return {
			start: match.index,
			end: match.index + match[0].length,
			finder: 'news',
			reading,
			...(reading === null && { reason: 'no reading of these words in the resolver’s terms' })
		};
	});
	const chrono: FoundDate[] = parse(text, reference).flatMap((result) => {
		const end = result.index + ownWords(result.text, reader).length;
		if (!isDateFind(text, result, end)) return [];
		const read = readChronoResult(result, reader);
		return [{ start: result.index, end, finder: 'chrono' as const, ...read }];
	});
	return [...phrases, ...chrono].map((found) => withWordsBefore(text, found, reader));
}
