import type { TextRange } from './types';

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATION =
	/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Capt|Rev|Jr|Sr|No|vs|etc|approx|U\.S|U\.K|e\.g|i\.e)\.$/;

/**
 * The article's sentences as offsets into it (`text.slice(start, end)` is the sentence
 * verbatim, without the space around it), by the Unicode sentence rules (`Intl.Segmenter`):
 * a line break always ends one; a full stop after a common abbreviation does not.
 */
export function splitSentences(text: string): TextRange[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const ranges: TextRange[] = [];
	let carry: number | null = null;
	for (const { segment, index } of segmenter.segment(text)) {
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
