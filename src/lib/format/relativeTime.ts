/** How long ago, in the one unit a reader would say it in: 2 hours, 3 weeks. */
export interface RelativeAmount {
	/** Negative: in the past, as `Intl.RelativeTimeFormat` takes it. */
	value: number;
	unit: Intl.RelativeTimeFormatUnit;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Average lengths: a month or a year ago needs no calendar to be said roughly. */
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

/**
 * Each unit, and the elapsed time below which it is said in that unit: seconds under a
 * minute, minutes under an hour, hours under a day, days under a week, weeks under a month,
 * months under a year, years beyond.
 */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
	['second', SECOND, MINUTE],
	['minute', MINUTE, HOUR],
	['hour', HOUR, DAY],
	['day', DAY, 7 * DAY],
	['week', 7 * DAY, MONTH],
	['month', MONTH, YEAR],
	['year', YEAR, Infinity]
];

/**
 * The time from `then` to `now` (milliseconds) in its unit, counted in whole units down
 * ("2 hours" until the third has passed). A `then` after `now` (a clock a little ahead) is
 * said as now.
 */
export function relativeAmount(then: number, now: number): RelativeAmount {
	const elapsed = Math.max(0, now - then);
	const [unit, size] = UNITS.find(([, , below]) => elapsed < below)!;
	const value = Math.floor(elapsed / size);
	return { value: value === 0 ? 0 : -value, unit };
}

const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatFor(locale: string, numeric: 'always' | 'auto'): Intl.RelativeTimeFormat {
	const key = `${locale}|${numeric}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric })));
	return format;
}

/**
 * How long ago `then` was, in `locale` (the page's language: activeLocale()): "2 hours ago",
 * "il y a 2 heures", "vor 3 Wochen", and "now" under a second. Always counted ("1 day
 * ago", not "yesterday": 30 hours ago may be the day before yesterday).
 */
export function formatRelative(then: number, now: number, locale: string): string {
	const { value, unit } = relativeAmount(then, now);
	return formatFor(locale, value === 0 ? 'auto' : 'always').format(value, unit);
}
