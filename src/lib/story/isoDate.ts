import { tz, type TZDate } from '@date-fns/tz';
import { isValid, parseISO } from 'date-fns';
import { parseInstant } from './dates/edtf';

/** date-fns pattern of an ISO calendar date, `2025-02-27`. */
export const ISO_DAY = 'yyyy-MM-dd';

export const ISO_DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** The start of the calendar day `text` (`2025-02-27`) in `timeZone`, or null if it is no real date. */
export function parseIsoDay(text: string, timeZone: string): TZDate | null {
	if (!ISO_DAY_SHAPE.test(text)) return null;
	// parseISO rather than parse(): same result for this one shape, a fraction of the code
	// in the browser bundle (the embed parses its from/to options with this).
	const day = parseISO(text, { in: tz(timeZone) });
	return isValid(day) ? day : null;
}

/**
 * The instant written as an ISO date-time with offset, or null. A date-time must carry its
 * offset (`Z`, `±hh:mm`, `±hhmm` or `±hh`): a local time alone is ambiguous. One reader for
 * instants: the EDTF reader's, strict about impossible dates and times.
 */
export const parseIsoInstant = parseInstant;

/** True for an ISO date (`2025-02-27`) or an ISO date-time with offset. */
export function isIsoDateOrInstant(text: string): boolean {
	return parseIsoDay(text, 'UTC') !== null || parseIsoInstant(text) !== null;
}
