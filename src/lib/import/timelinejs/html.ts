import { linkGroups, withStyleRuns } from '../../reading/styleRuns';
import type { Run } from '../../reading/segments';
import type { Source } from '../../story/types';

/** Plain text as HTML text: nothing in it can be read as markup. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/**
 * A function giving any range of a source's text as HTML with the source's styles: each run
 * escaped, then wrapped in `<em>`, `<strong>` and `<a href>` as its styles say, so the markup
 * is always well nested. The runs are cut once per source; each range finds its first run by
 * binary search.
 */
export function styledHtml(
	source: Pick<Source, 'text' | 'styles'>
): (start: number, end: number) => string {
	const { text, styles = [] } = source;
	const whole = { text, start: 0, eventIds: [] };
	const runs = withStyleRuns([{ start: 0, segments: [whole] }], styles)[0]!.segments[0]!.runs;
	if (!runs) return (start, end) => escapeHtml(text.slice(start, end));
	return (start, end) => {
		const inRange: Run[] = [];
		for (let i = firstRunEndingAfter(runs, start); i < runs.length; i++) {
			const run = runs[i]!;
			if (run.start >= end) break;
			const from = Math.max(start, run.start) - run.start;
			const to = Math.min(end, run.start + run.text.length) - run.start;
			inRange.push({ ...run, text: run.text.slice(from, to) });
		}
		return linkGroups(inRange)
			.map(({ href, runs }) => {
				const html = runs.map(styled).join('');
				return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
			})
			.join('');
	};
}

function styled(run: Run): string {
	let out = escapeHtml(run.text);
	if (run.emphasis) out = `<em>${out}</em>`;
	if (run.strong) out = `<strong>${out}</strong>`;
	return out;
}

/** The index of the first run that ends after `offset` (runs cover the text in order). */
function firstRunEndingAfter(runs: Run[], offset: number): number {
	let low = 0;
	let high = runs.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		const run = runs[mid]!;
		if (run.start + run.text.length <= offset) low = mid + 1;
		else high = mid;
	}
	return low;
}
