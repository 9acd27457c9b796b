import type { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { isoDayText, isoMonthText, yearText } from './calendarText';
import { utcIso } from './instant';

/** What the resolver writes about one calendar day of a resolved interval. */
export interface DayFacts {
	/** The UTC instant at which the day starts in its zone (`startOfDay`), as ISO text. */
	startsAt: string;
	/** The UTC instant at which the next day starts (`startOfDay(addDays(day, 1))`). */
	nextStartsAt: string;
	/** `2025-02-27`, `2025-02`, `2025`. */
	day: string;
	month: string;
	year: string;
}

/**
 * Each TZDate operation asks Intl for the zone's offset several times, and a big story resolves
 * the same few hundred days again and again (every event of an article is dated near its
 * publication). So these facts are worked out once per zone and instant, with the very same
 * date-fns calls as before, and looked up after that: a cache of a pure function of
 * (zone, instant), holding only numbers and strings, so nothing in it can be mutated.
 */
const cache = new Map<string, DayFacts>();
/** Bounded, whatever a hostile file holds; a big story needs zones × days, a few thousand. */
const MAX_ENTRIES = 20_000;
let computed = 0;

export function dayFacts(date: TZDate): DayFacts {
	const key = `${date.timeZone ?? ''}\u0000${date.getTime()}`;
	const known = cache.get(key);
	if (known) return known;
	computed += 1;
	const facts: DayFacts = {
		startsAt: utcIso(startOfDay(date)),
		nextStartsAt: utcIso(startOfDay(addDays(date, 1))),
		day: isoDayText(date),
		month: isoMonthText(date),
		year: yearText(date)
	};
	if (cache.size >= MAX_ENTRIES) cache.clear();
	cache.set(key, facts);
	return facts;
}

/** How many days have been worked out rather than looked up (for tests counting work). */
export function dayFactsComputed(): number {
	return computed;
}
