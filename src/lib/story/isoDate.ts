import { tz, type TZDate } from '@date-fns/tz';
import { isValid, parseISO } from 'date-fns';

/** date-fns pattern of an ISO calendar date, `2025-02-27`. */
export const ISO_DAY = 'yyyy-MM-dd';

export const ISO_DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time must carry its offset (`Z` or `±hh:mm`): a local time alone is ambiguous. */
const ISO_INSTANT_SHAPE =
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** The start of the calendar day `text` (`2025-02-27`) in `timeZone`, or null if it is no real date. */
export function parseIsoDay(text: string, timeZone: string): TZDate | null {
	if (!ISO_DAY_SHAPE.test(text)) return null;
	// parseISO rather than parse(): same result for this one shape, a fraction of the code
	// in the browser bundle (the embed parses its from/to options with this).
	const day = parseISO(text, { in: tz(timeZone) });
	return isValid(day) ? day : null;
}

/** The instant written as an ISO date-time with offset, or null. */
export function parseIsoInstant(text: string): Date | null {
	if (!ISO_INSTANT_SHAPE.test(text)) return null;
	const instant = parseISO(text.toUpperCase());
	return isValid(instant) ? instant : null;
}

/** True for an ISO date (`2025-02-27`) or an ISO date-time with offset. */
export function isIsoDateOrInstant(text: string): boolean {
	return parseIsoDay(text, 'UTC') !== null || parseIsoInstant(text) !== null;
}
