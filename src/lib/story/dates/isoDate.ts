export const ISO_DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time must carry its offset (`Z` or `±hh:mm`): a local time alone is ambiguous. */
const ISO_INSTANT_SHAPE =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/i;

/**
 * Milliseconds of a real calendar date's first moment in UTC, or null (`2025-02-30`).
 * Read by hand rather than with date-fns: embeds parse their from/to options and the
 * source heading its publication day with this module, and it keeps date-fns out of them
 * (dates in a zone, which need date-fns, are in isoDayInZone.ts).
 */
function utcCalendarDay(year: number, month: number, day: number): number | null {
	const date = new Date(0);
	// setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
	date.setUTCFullYear(year, month - 1, day);
	const real =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real ? date.getTime() : null;
}

/** The first moment of the calendar day `text` (`2025-02-27`) on a UTC clock, or null. */
export function isoDayStartUtc(text: string): number | null {
	if (!ISO_DAY_SHAPE.test(text)) return null;
	const [year, month, day] = text.split('-').map(Number) as [number, number, number];
	return utcCalendarDay(year, month, day);
}

/**
 * The instant written as an ISO date-time with offset, or null. As ISO 8601 allows, 24:00
 * is the end of the day (the next day's midnight); an offset's minutes are at most 59.
 */
export function parseIsoInstant(text: string): Date | null {
	const match = ISO_INSTANT_SHAPE.exec(text);
	if (!match) return null;
	const [, year, month, day, hours, minutes, seconds = '0', fraction = '0', sign, oh, om] = match;
	const dayStart = utcCalendarDay(Number(year), Number(month), Number(day));
	const h = Number(hours);
	const m = Number(minutes);
	const s = Number(seconds);
	const clockOk =
		h === 24 ? m === 0 && s === 0 && Number(fraction) === 0 : h < 24 && m < 60 && s < 60;
	if (dayStart === null || !clockOk || Number(om ?? 0) > 59) return null;
	const offset = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
	const ms = Number(fraction.padEnd(3, '0'));
	return new Date(dayStart + ((h * 60 + m - offset) * 60 + s) * 1000 + ms);
}

/** True for an ISO date (`2025-02-27`) or an ISO date-time with offset. */
export function isIsoDateOrInstant(text: string): boolean {
	return isoDayStartUtc(text) !== null || parseIsoInstant(text) !== null;
}
