import { ENGLISH_WORDS } from './englishWords';
import type { LanguageWords } from './languageWords';
import type { TextRange } from './types';

/** Characters segmented at once; see `segmentsOf`. */
const WINDOW = 4096;

/**
 * The sentence segments of `text`, as `Intl.Segmenter` gives them, a window at a time: over a
 * whole long text the engine's segmenter takes time quadratic in its sentences. Every
 * segment of a window but the last is kept, and the next window starts at that last one; a
 * window with a single segment (one very long sentence) is doubled until it ends.
 */
function* segmentsOf(text: string, locale: string): Generator<{ segment: string; index: number }> {
	const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
	let at = 0;
	let size = WINDOW;
	while (at < text.length) {
		const end = Math.min(text.length, at + size);
		const segments = [...segmenter.segment(text.slice(at, end))];
		const whole = end === text.length;
		if (!whole && segments.length < 2) {
			size *= 2;
			continue;
		}
		for (const { segment, index } of whole ? segments : segments.slice(0, -1)) {
			yield { segment, index: at + index };
		}
		at = whole ? end : at + segments.at(-1)!.index;
		size = WINDOW;
	}
}

/**
 * The article's sentences as offsets into it (`text.slice(start, end)` is the sentence
 * verbatim, without the space around it), by the Unicode sentence rules (`Intl.Segmenter`):
 * a line break always ends one; a full stop after a common abbreviation of the language does
 * not, nor one that runs on into what follows (English "at 9 a.m. Monday", German "am 3. März").
 */
export function splitSentences(text: string, words: LanguageWords = ENGLISH_WORDS): TextRange[] {
	const { abbreviation, runsOn } = words;
	const ranges: TextRange[] = [];
	let carry: number | null = null;
	/** A sentence that may run on ("9 a.m.", "am 3."), kept until the next segment says whether it does. */
	let held: TextRange | null = null;
	for (const { segment, index } of segmentsOf(text, words.locale)) {
		const lead = segment.length - segment.trimStart().length;
		const trimmed = segment.trim();
		if (trimmed === '') continue;
		if (held && !runsOn?.into.test(trimmed)) {
			ranges.push(held);
			carry = null;
		}
		held = null;
		const start: number = carry ?? index + lead;
		const end = index + lead + trimmed.length;
		const lineEnds = segment.includes('\n');
		if (!lineEnds && (abbreviation.test(trimmed) || runsOn?.end.test(trimmed))) {
			carry = start;
			if (!abbreviation.test(trimmed)) held = { start, end };
			continue;
		}
		carry = null;
		ranges.push({ start, end });
	}
	if (carry !== null) ranges.push({ start: carry, end: text.trimEnd().length });
	return ranges;
}
