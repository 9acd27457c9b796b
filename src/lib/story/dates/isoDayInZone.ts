import { TZDate } from '@date-fns/tz';
import { isoDayStartUtc } from './isoDate';

/**
 * The start of the calendar day `text` (`2025-02-27`) in `timeZone`, or null if it is no real
 * date. What date-fns's `parseISO(text, { in: tz(timeZone) })` gives, set field by field as it
 * does (setFullYear: years 0–99 stay themselves), without its parser of every ISO form.
 */
export function parseIsoDay(text: string, timeZone: string): TZDate | null {
	const start = isoDayStartUtc(text);
	if (start === null) return null;
	const utc = new Date(start);
	const day = new TZDate(0, timeZone);
	day.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
	day.setHours(0, 0, 0, 0);
	return day;
}
