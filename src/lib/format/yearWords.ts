import { t } from '$lib/i18n/active';
import { fill, formatCount } from '$lib/i18n/plural';

/**
 * Years as a reader says them. Dates are counted as ISO 8601 and EDTF count them, with a
 * year 0 that is 1 BC, so year -43 is 44 BC; years of the common era are bare ("476", not
 * "476 AD"), and long ones are grouped ("12,345", "170,001 BC").
 */
export function yearWords(year: number): string {
	const count = year > 0 ? year : 1 - year;
	const digits = count >= 10_000 ? formatCount(count) : String(count);
	return year > 0 ? digits : fill(t().dates.beforeCommonEra, { year: digits });
}

/** A calendar date as written in a resolved date (`-0043-03-15`, `0476`, `12345`), in parts; null for a time. */
export function calendarParts(
	iso: string
): { year: number; month?: number; day?: number; unit: 'year' | 'month' | 'day' } | null {
	const match = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!match) return null;
	const [, year, month, day] = match;
	if (day) return { year: Number(year) + 0, month: Number(month), day: Number(day), unit: 'day' };
	if (month) return { year: Number(year) + 0, month: Number(month), unit: 'month' };
	return { year: Number(year) + 0, unit: 'year' };
}

/** Midnight UTC starting that calendar day: the year set on its own, as Date.UTC takes 0–99 for 1900–1999. */
export function utcDay(year: number, month = 1, day = 1): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

/**
 * Intl's words for a date before the year 1000 with its era ("44 BC", "476 AD", "476 ap. J.-C.")
 * as the rest of the site says them: the era before ours kept, ours bare ("476"). `format`
 * says eras; the common era's name is its own, whatever its language.
 */
export function withoutCommonEra(text: string, format: Intl.DateTimeFormat): string {
	const era = format.formatToParts(utcDay(2000)).find((part) => part.type === 'era')?.value;
	return era
		? text
				.replaceAll(era, '')
				.replace(/ {2,}/g, ' ')
				.replace(/ +(?=,|$)/g, '')
		: text;
}
