import { anchorQuotes } from './anchorQuote';
import { said, type Said } from './said';
import type { StoryInput } from './storyInput';
import type { Source, TextStyle } from './types';

/** Where a style's problem is: `sources[i].styles[j]`, and the problem. */
export type StyleReport = (field: string, problem: Said) => void;

/**
 * Finds each source's styles in its text (one pass per source, as excerpts are found) and
 * sets them on `sources` in text order. A style that is not found, or a link that overlaps
 * another, is reported with its place. Sources without text are left alone (that is
 * reported elsewhere).
 */
export function anchorStyles(
	sources: Map<string, Source>,
	story: StoryInput,
	report: StyleReport
): void {
	story.sources.forEach((input, i) => {
		const source = sources.get(input.id);
		if (!source || !input.styles) return;
		const quotes = input.styles.map((style) => ({ ...style, source: input.id }));
		const found: { style: TextStyle; at: number }[] = [];
		anchorQuotes(source.text, quotes, 0).forEach((result, j) => {
			if (!result.ok) return report(`sources[${i}].styles[${j}].exact`, result);
			const { exact, start, end } = result.excerpt;
			const { style, href } = input.styles![j]!;
			found.push({ style: { exact, start, end, style, ...(href && { href }) }, at: j });
		});
		found.sort((a, b) => a.style.start - b.style.start || a.at - b.at);
		reportOverlappingLinks(found, (j, problem) => report(`sources[${i}].styles[${j}]`, problem));
		sources.set(input.id, { ...source, styles: found.map(({ style }) => style) });
	});
}

/** A link inside another cannot be followed on its own: each such pair is reported. */
function reportOverlappingLinks(
	found: { style: TextStyle; at: number }[],
	report: (j: number, problem: Said) => void
): void {
	let last: { style: TextStyle; at: number } | null = null;
	for (const entry of found) {
		if (entry.style.style !== 'link') continue;
		if (last && entry.style.start < last.style.end)
			report(entry.at, said('linkOverlap', { at: last.at }));
		else last = entry;
	}
}
