import type { ExportWords } from '$lib/i18n/exportWords';
import { fill, formatCount, plural } from '$lib/i18n/plural';
import type { ResolvedEvent } from '$lib/story/types';

/**
 * Which events a calendar download holds, and the line that says so beside the menu. The
 * calendar holds the events the reader sees: those a search keeps (all, with none), of them
 * those that overlap the plot's range on screen, or every one where there is no plot (the list
 * view); at most `MAX_CALENDAR_EVENTS` of them, the first in time order. Of those,
 * icalendar.ts leaves out the years a calendar cannot write.
 */

/**
 * The most events one calendar file holds. A fitted view of a big story holds all of it: a
 * 100,000-event calendar is some 50 MB, seconds of writing on the page's thread, and more
 * than a reader's calendar wants at once.
 */
export const MAX_CALENDAR_EVENTS = 2_000;

export interface CalendarChoice<E> {
	/** The events to write, in the story's order. */
	events: E[];
	/** Events in the story. */
	total: number;
	/** Whether a search left some out. */
	bySearch: boolean;
	/** Whether the view left some out. */
	byView: boolean;
	/** Whether the cap left some of the view out. */
	capped: boolean;
}

/**
 * The events of `events` a calendar holds, `range` the view (UTC milliseconds, inclusive) and
 * `total` the story's count, where a search has kept only `events`. O(n).
 */
export function calendarChoice<E extends Pick<ResolvedEvent, 'when'>>(
	events: readonly E[],
	range: readonly [number, number] | null,
	total = events.length
): CalendarChoice<E> {
	const inView = range
		? events.filter(
				(e) => Date.parse(e.when.startsAt) <= range[1] && Date.parse(e.when.endsAt) >= range[0]
			)
		: [...events];
	return {
		events: inView.slice(0, MAX_CALENDAR_EVENTS),
		total,
		bySearch: events.length < total,
		byView: inView.length < events.length,
		capped: inView.length > MAX_CALENDAR_EVENTS
	};
}

/** What a download saved: the choice's counts, and how many of it the file left out for their years. */
export type CalendarSaved = Omit<CalendarChoice<unknown>, 'events'> & {
	saved: number;
	outOfYears: number;
};

/** The status line: "Saved 11 events to the calendar.", or how many of how many and why, a sentence a reason. */
export function calendarStatus(
	{ saved, total, bySearch, byView, capped, outOfYears }: CalendarSaved,
	words: ExportWords
): string {
	if (saved === total) return plural(words.calendarSaved, saved);
	const lines = [fill(plural(words.calendarSavedOf, total), { saved: formatCount(saved) })];
	if (capped) lines.push(plural(words.calendarFirst, MAX_CALENDAR_EVENTS));
	else if (bySearch) lines.push(byView ? words.calendarMatchingInView : words.calendarMatching);
	else if (byView) lines.push(words.calendarInView);
	if (outOfYears > 0) lines.push(plural(words.calendarYears, outOfYears));
	return lines.join(' ');
}
