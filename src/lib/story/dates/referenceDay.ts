import { TZDate } from '@date-fns/tz';
import { parseIsoDay } from './isoDayInZone';
import { publicationDay } from './publicationDay';

/**
 * Reference days already found, as UTC milliseconds (null: not a publication date), keyed by
 * publication date, its zone and the event zone. Every event of an article shares its
 * reference day, so a big story parses each publication once per event zone, not per event.
 * Numbers, not TZDates: each call gets a fresh TZDate, so no caller can change another's day.
 */
const cache = new Map<string, number | null>();
/** Bounded, whatever a hostile file holds. */
const MAX_ENTRIES = 20_000;
let computed = 0;

/**
 * The publication's calendar date, taken in its own zone, as the start of that same
 * calendar date in the event zone (the date is not shifted between zones).
 */
export function referenceDay(published: string, publishedTimeZone: string, timeZone: string) {
	const key = `${published}\u0000${publishedTimeZone}\u0000${timeZone}`;
	let start = cache.get(key);
	if (start === undefined) {
		computed += 1;
		const day = publicationDay({ date: published, timeZone: publishedTimeZone });
		start = day === null ? null : (parseIsoDay(day, timeZone)?.getTime() ?? null);
		if (cache.size >= MAX_ENTRIES) cache.clear();
		cache.set(key, start);
	}
	// A TZDate is wholly given by its instant and zone: this is the day parseIsoDay gave.
	return start === null ? null : new TZDate(start, timeZone);
}

/** How many reference days have been worked out rather than looked up (for tests counting work). */
export function referenceDaysComputed(): number {
	return computed;
}
