import { parseIsoInstant } from '$lib/story/dates/isoDate';

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * When a story changed, for readers: "3 Mar 2025, 09:00 GMT", in `timeZone` (the story's
 * display zone) with the zone's short name. `iso` is an ISO date-time with offset.
 */
export function formatStamp(iso: string, timeZone: string): string {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZone,
			timeZoneName: 'short'
		});
		formats.set(timeZone, format);
	}
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
