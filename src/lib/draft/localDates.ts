import type { ParsedResult } from 'chrono-node';
import { readChronoResult } from './chronoReading';
import type { FoundDate } from './languagePack';
import { ownWords, type DateReader } from './localReading';

/** How far before date words their deadline or "since" words are looked for. */
const LOOK_BEFORE = 24;

/**
 * `found` taken with the deadline ("d'ici le", "bis zum") or "since" words ("depuis", "seit")
 * just before it, read as `by …` or `since …`, where its own words do not say so already.
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
	return found;
}

/**
 * The date words of an article in another language: the language's own phrases (see
 * dateWords.ts) and chrono-node's finds with its parser for the language, each with the
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
	const chrono: FoundDate[] = parse(text, reference).map((result) => {
		const read = readChronoResult(result, reader);
		const length = ownWords(result.text, reader).length;
		return { start: result.index, end: result.index + length, finder: 'chrono', ...read };
	});
	return [...phrases, ...chrono].map((found) => withWordsBefore(text, found, reader));
}
