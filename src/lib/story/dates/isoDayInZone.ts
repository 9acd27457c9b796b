import { tz, type TZDate } from '@date-fns/tz';
import { parseISO } from 'date-fns';
import { isoDayStartUtc } from './isoDate';

/** The start of the calendar day `text` (`2025-02-27`) in `timeZone`, or null if it is no real date. */
export function parseIsoDay(text: string, timeZone: string): TZDate | null {
	return isoDayStartUtc(text) === null ? null : parseISO(text, { in: tz(timeZone) });
}
