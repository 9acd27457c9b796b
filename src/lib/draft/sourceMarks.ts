import { anchorQuote } from '$lib/story/anchorQuote';

/** A run of a source's text: quoted by the event at `event` (its index), or not quoted. */
export interface Run {
	start: number;
	end: number;
	event: number | null;
}

/**
 * A source's text cut into runs, each event's quotes of it marked (the first event to quote
 * words keeps them where quotes overlap). A quote that is not found is left unmarked: the
 * story's problems say so. Linear in the text, n log n in the quotes.
 */
export function sourceRuns(events: unknown, sourceId: string, text: string): Run[] {
	const marks: Run[] = [];
	(Array.isArray(events) ? events : []).forEach((event, index) => {
		const excerpts = (event as { excerpts?: unknown } | null)?.excerpts;
		for (const quote of Array.isArray(excerpts) ? excerpts : []) {
			if (quote?.source !== sourceId || typeof quote.exact !== 'string') continue;
			const anchored = anchorQuote(text, quote);
			if (anchored.ok) marks.push({ ...anchored.excerpt, event: index });
		}
	});
	marks.sort((a, b) => a.start - b.start || a.event! - b.event!);
	const runs: Run[] = [];
	let at = 0;
	for (const mark of marks) {
		if (mark.end <= at) continue;
		const start = Math.max(mark.start, at);
		if (start > at) runs.push({ start: at, end: start, event: null });
		runs.push({ start, end: mark.end, event: mark.event });
		at = mark.end;
	}
	if (at < text.length) runs.push({ start: at, end: text.length, event: null });
	return runs;
}
