import { TZDate } from '@date-fns/tz';

/**
 * Instants (UTC milliseconds) of calendar days already built, by zone, year, month and day.
 * Building a TZDate from fields asks Intl for the zone's offset many times; from an instant,
 * twice. A TZDate is wholly given by its instant and zone, so the day is built the long way
 * once and after that from its instant: the same day, at a fraction of the cost, in a story
 * whose events name the same few hundred days again and again.
 */
const cache = new Map<string, number>();
/** Bounded, whatever a hostile file holds. */
const MAX_ENTRIES = 20_000;
let computed = 0;

/** The calendar day `year`-`month` (0–11)-`day` in `timeZone`, as TZDate builds it. */
export function calendarDay(year: number, month: number, day: number, timeZone: string): TZDate {
	const key = `${timeZone}\u0000${year}\u0000${month}\u0000${day}`;
	let instant = cache.get(key);
	if (instant === undefined) {
		computed += 1;
		const built = new TZDate(2000, 0, 1, timeZone);
		// setFullYear, not the constructor: it would read years 0–99 as 1900–1999.
		built.setFullYear(year, month, day);
		instant = built.getTime();
		if (cache.size >= MAX_ENTRIES) cache.clear();
		cache.set(key, instant);
	}
	return new TZDate(instant, timeZone);
}

/** How many days have been built rather than looked up (for tests counting work). */
export function calendarDaysComputed(): number {
	return computed;
}
