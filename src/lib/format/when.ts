import type { DateBasis, ResolvedWhen } from '$lib/story/types';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'UTC',
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric'
});
const instantOptions: Intl.DateTimeFormatOptions = {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZoneName: 'short'
};

const monthFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'UTC',
	month: 'short',
	year: 'numeric'
});

/**
 * A calendar date (`2025-02-24`), month (`2025-01`) or year (`1962`) as en-GB text; the date
 * is formatted as written, in no zone.
 */
function formatCalendarDate(iso: string): string {
	if (/^\d{4}$/.test(iso)) return iso;
	if (/^\d{4}-\d{2}$/.test(iso)) return monthFormat.format(new Date(`${iso}-01T00:00:00Z`));
	return dayFormat.format(new Date(`${iso}T00:00:00Z`)).replace(',', '');
}

/** The resolved date as a reader sees it: "Fri 28 Feb 2025", "Mon 24 Feb 2025 – Wed 26 Feb 2025". */
export function formatResolvedDate(
	when: Pick<ResolvedWhen, 'start' | 'end' | 'precision' | 'modifier' | 'timeZone'>
): string {
	if (when.precision === 'instant') {
		const format = new Intl.DateTimeFormat('en-GB', { ...instantOptions, timeZone: when.timeZone });
		return format.format(new Date(when.start)).replace(',', '');
	}
	const start = formatCalendarDate(when.start);
	if (when.precision === 'day' || when.precision === 'month' || when.precision === 'year') {
		return start;
	}
	const range = `${start} – ${formatCalendarDate(when.end)}`;
	return when.modifier === 'before' ? `by ${formatCalendarDate(when.end)}` : range;
}

export const basisLabels: Record<DateBasis, string> = {
	stated: 'Stated',
	inferred: 'Inferred',
	editorial: 'Editorial'
};

export const basisExplanations: Record<DateBasis, string> = {
	stated: 'The source’s own date words, read against its publication date.',
	inferred: 'The source gives no date words; the date is placed by the narrative.',
	editorial: 'Not in the source; added from outside knowledge.'
};

/** The zone's friendly city name: `America/New_York` → "New York". */
export function zoneCity(timeZone: string): string {
	return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** One line for an accessible name or a tooltip: words as written, resolved date, basis. */
export function describeWhen(when: ResolvedWhen): string {
	const words = when.text ? `“${when.text}”, ` : '';
	return `${words}${formatResolvedDate(when)} (${basisLabels[when.basis].toLowerCase()})`;
}
