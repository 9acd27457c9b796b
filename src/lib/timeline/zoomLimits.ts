import type { ResolvedDate } from '$lib/story/types';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const year = 365.25 * day;

/** The finest calendar unit a date is written in. */
export type DateGrain = 'minute' | 'day' | 'month' | 'year' | 'decade';

/**
 * The closest view, as the time across the plot, for a story whose finest date is of each
 * grain: one of that unit, the most a reader needs to tell its dates apart (two events a day
 * apart are a plot's width apart). Closer would only magnify one bar, since a date known to
 * the day (or month, or year) is drawn across the whole of it. Minutes are the exception: an
 * hour across puts minutes some 20 px apart on a laptop, and the axis counts them.
 */
export const CLOSEST_VIEW: Record<DateGrain, number> = {
	minute: hour,
	day,
	month: year / 12,
	year,
	decade: 10 * year
};

/** Widest view, relative to the span that fits every event. */
export const MAX_ZOOM_OUT = 0.5;

const finer: DateGrain[] = ['minute', 'day', 'month', 'year', 'decade'];

/** The grain of one end of a span, from how it is written: `2025-02-24T09:30:00Z` to `1952`. */
function writtenGrain(iso: string): DateGrain {
	if (iso.includes('T')) return 'minute';
	if (/^[+-]?\d+-\d\d-\d\d$/.test(iso)) return 'day';
	if (/^[+-]?\d+-\d\d$/.test(iso)) return 'month';
	return 'year';
}

/** How finely a resolved date is known: its precision, or for a span its finer end. */
export function dateGrain(when: Pick<ResolvedDate, 'precision' | 'start' | 'end'>): DateGrain {
	switch (when.precision) {
		case 'instant':
			return 'minute';
		case 'span': {
			const [a, b] = [writtenGrain(when.start), writtenGrain(when.end)];
			return finer.indexOf(a) <= finer.indexOf(b) ? a : b;
		}
		default:
			return when.precision;
	}
}

/**
 * The narrowest span of time the plot may show, in milliseconds: the closest view of the
 * finest date among `events` (see CLOSEST_VIEW); with none, minutes. One pass, stopping at
 * the first minute.
 */
export function closestView(
	events: readonly { when: Pick<ResolvedDate, 'precision' | 'start' | 'end'> }[]
): number {
	let closest = Infinity;
	for (const { when } of events) {
		closest = Math.min(closest, CLOSEST_VIEW[dateGrain(when)]);
		if (closest === CLOSEST_VIEW.minute) break;
	}
	return Number.isFinite(closest) ? closest : CLOSEST_VIEW.minute;
}

/**
 * d3-zoom's scale extent [kMin, kMax] for a domain of `fitSpan` milliseconds, zooming in
 * until `closest` milliseconds fill the plot (never below the fit itself).
 */
export function zoomScaleExtent(
	fitSpan: number,
	closest: number = CLOSEST_VIEW.minute
): [number, number] {
	return [MAX_ZOOM_OUT, Math.max(1, fitSpan / closest)];
}
