import { foldWithOffsets } from './fold';

/** A run of text, and whether a search word covers it. */
export interface MarkedRun {
	text: string;
	hit: boolean;
}

/**
 * `text` cut into runs, the ones where a search term occurs marked (overlapping matches
 * merge). Compared folded, cut in the original, so `Élysée` is marked for `elysee`.
 * Linear in the text for each term.
 */
export function markTerms(text: string, terms: readonly string[]): MarkedRun[] {
	if (terms.length === 0 || text === '') return [{ text, hit: false }];
	const { folded, offsets } = foldWithOffsets(text);
	const ranges: [number, number][] = [];
	for (const term of terms) {
		for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length))
			ranges.push([offsets[at]!, offsets[at + term.length]!]);
	}
	if (ranges.length === 0) return [{ text, hit: false }];
	ranges.sort((a, b) => a[0] - b[0]);
	const runs: MarkedRun[] = [];
	let cursor = 0;
	let i = 0;
	while (i < ranges.length) {
		const start = ranges[i]![0];
		let end = ranges[i++]![1];
		while (i < ranges.length && ranges[i]![0] <= end) end = Math.max(end, ranges[i++]![1]);
		if (start > cursor) runs.push({ text: text.slice(cursor, start), hit: false });
		runs.push({ text: text.slice(start, end), hit: true });
		cursor = end;
	}
	if (cursor < text.length) runs.push({ text: text.slice(cursor), hit: false });
	return runs;
}
