import type { ResolvedEvent, ResolvedWhen } from '$lib/story/types';

/** A span's ends and how they are known, as `formatDateRange` writes them. */
export type SpanEnds = Pick<ResolvedWhen, 'start' | 'end' | 'precision' | 'extent' | 'timeZone'>;

/**
 * What a story covers, from its first event's start to the end of the one that ends last,
 * each end at its own event's precision: `formatDateRange` writes them in the page's
 * language ("1815 – 1985", "Mon 24 Feb 2025 – Sun 2 Mar 2025"). A time of day is a day at
 * this scale. `events` are in time order, as the loader gives them.
 */
export function storySpanEnds(events: readonly ResolvedEvent[]): SpanEnds | null {
	const first = events[0];
	if (!first) return null;
	let last = first;
	for (const event of events)
		if (Date.parse(event.when.endsAt) > Date.parse(last.when.endsAt)) last = event;
	const start = atDays(first.when);
	if (last === first) return start;
	const end = atDays(last.when);
	if (start.start === end.end && start.precision === end.precision) return start;
	return { ...start, end: end.end, precision: 'span' };
}

/** An instant's calendar day, as written in its own zone. */
function atDays(when: SpanEnds): SpanEnds {
	if (when.precision !== 'instant') return when;
	return { ...when, start: when.start.slice(0, 10), end: when.end.slice(0, 10), precision: 'day' };
}
