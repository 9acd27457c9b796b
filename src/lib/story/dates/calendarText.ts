/**
 * A date's calendar fields as ISO text, read in the date's own zone (a TZDate's; a plain
 * Date's in the machine's), exactly as date-fns's `lightFormat` writes `yyyy-MM-dd` and its
 * kin: a year is the count of its era, at least four digits (1 BCE, JavaScript's year 0, is
 * `0001`). Written out here because `lightFormat` brings its whole table of tokens into the
 * story checker's worker, which needs these four shapes alone.
 */

const pad = (n: number, digits: number) => String(n).padStart(digits, '0');

/** `yyyy`. */
export function yearText(date: Date): string {
	const year = date.getFullYear();
	return pad(year > 0 ? year : 1 - year, 4);
}

/** `yyyy-MM`. */
export function isoMonthText(date: Date): string {
	return `${yearText(date)}-${pad(date.getMonth() + 1, 2)}`;
}

/** `yyyy-MM-dd`. */
export function isoDayText(date: Date): string {
	return `${isoMonthText(date)}-${pad(date.getDate(), 2)}`;
}

/** `yyyy-MM-ddTHH:mm:ss`, with `.SSS` when the date has milliseconds. */
export function isoLocalTimeText(date: Date): string {
	const time = `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
	const ms = date.getMilliseconds();
	return `${isoDayText(date)}T${time}${ms === 0 ? '' : `.${pad(ms, 3)}`}`;
}
