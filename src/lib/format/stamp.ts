import { dateFormat } from '$lib/i18n/intl';
import { parseIsoInstant } from '$lib/story/dates/isoDate';

/**
 * When a story changed, for readers: "3 Mar 2025, 09:00 GMT", in `timeZone` (the story's
 * display zone) with the zone's short name. `iso` is an ISO date-time with offset.
 */
export function formatStamp(iso: string, timeZone: string): string {
	const format = dateFormat(`stamp:${timeZone}`, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone,
		timeZoneName: 'short'
	});
	return format.format(instant(iso));
}

/** The instant as `<time datetime>` wants it: UTC, `2025-03-03T09:00:00.000Z`. */
export function stampDatetime(iso: string): string {
	return instant(iso).toISOString();
}

/** As the schema reads it (ISO 8601's forms, which `Date` does not all parse alike). */
function instant(iso: string): Date {
	return parseIsoInstant(iso) ?? new Date(NaN);
}
