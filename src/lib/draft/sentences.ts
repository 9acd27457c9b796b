import type { TextRange } from './types';

/**
 * Abbreviations after which a full stop does not end the sentence: titles, months ("by Dec.
 * 10."), companies' and countries' short forms.
 */
const ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Capt|Rev|Jr|Sr|No|vs|etc|approx|U\.S|U\.K|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co)\.$/;
/** "a.m." and "p.m." end a sentence as often as not: they run on only into a day's name. */
const CLOCK_ABBREVIATION = /\d\s?[ap]\.m\.$/i;
const DAY_NAME =
	/^(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

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
 * a line break always ends one; a full stop after a common abbreviation does not, nor one
 * after "a.m." or "p.m." followed by a day's name ("at 9 a.m. Monday").
 */
export function splitSentences(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	let carry: number | null = null;
	/** A sentence ending in "a.m." or "p.m.", kept until the next segment says whether it runs on. */
	let clock: TextRange | null = null;
	for (const { segment, index } of segmentsOf(text)) {
		const lead = segment.length - segment.trimStart().length;
		const trimmed = segment.trim();
		if (trimmed === '') continue;
		if (clock && !DAY_NAME.test(trimmed)) {
			ranges.push(clock);
			carry = null;
		}
		clock = null;
		const start: number = carry ?? index + lead;
		const end = index + lead + trimmed.length;
		const lineEnds = segment.includes('\n');
		if (!lineEnds && (ABBREVIATION.test(trimmed) || CLOCK_ABBREVIATION.test(trimmed))) {
			carry = start;
			if (!ABBREVIATION.test(trimmed)) clock = { start, end };
			continue;
		}
		carry = null;
		ranges.push({ start, end });
	}
	if (carry !== null) ranges.push({ start: carry, end: text.trimEnd().length });
	return ranges;
}
