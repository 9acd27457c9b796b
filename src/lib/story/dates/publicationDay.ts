import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ISO_DAY, parseIsoDay, parseIsoInstant } from '../isoDate';
import type { PublishedInput } from '../types';

/**
 * The calendar day a source was published (`2025-02-27`), counted in its own zone: a
 * date-time is taken there, a date is its own day. Null where `date` is neither. The date
 * resolver reads date words against this day, and the source heading shows it.
 */
export function publicationDay(
	published: Pick<PublishedInput, 'date' | 'timeZone'>
): string | null {
	const instant = parseIsoInstant(published.date);
	if (instant) return format(new TZDate(instant, published.timeZone), ISO_DAY);
	return parseIsoDay(published.date, 'UTC') ? published.date : null;
}
