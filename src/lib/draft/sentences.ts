import type { TextRange } from './types';

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Capt|Rev|Jr|Sr|No|vs|etc|approx|U\.S|U\.K|e\.g|i\.e)\.$/;

/** Characters segmented at once; see `segmentsOf`. */
const WINDOW = 4096;

/**
 * The sentence segments of `text`, as `Intl.Segmenter` gives them, a window at a time: over a
 * whole long text the engine's segmenter takes time quadratic in its sentences. Every
 * segment of a window but the last is kept, and the next window starts at that last one; a
 * window with a single segment (one very long sentence) is doubled until it ends.
 */
function* segmentsOf(text: string): Generator<{ segment: string; index: number }> {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
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
 * a line break always ends one; a full stop after a common abbreviation does not.
 */
export function splitSentences(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	let carry: number | null = null;
	for (const { segment, index } of segmentsOf(text)) {
		const lead = segment.length - segment.trimStart().length;
		const trimmed = segment.trim();
		if (trimmed === '') continue;
		const start: number = carry ?? index + lead;
		const end = index + lead + trimmed.length;
		if (ABBREVIATION.test(trimmed) && !segment.includes('\n')) {
			carry = start;
			continue;
		}
		carry = null;
		ranges.push({ start, end });
	}
	if (carry !== null) ranges.push({ start: carry, end: text.trimEnd().length });
	return ranges;
}
