import { utcDay, utcMonth, utcYear } from 'd3';
import { yearWords } from '$lib/format/yearWords';
import { t } from '$lib/i18n/active';
import { dateFormat } from '$lib/i18n/intl';

// Ticks arrive as wall-clock dates (see wallClock.ts), so they are formatted as UTC.
// In the page's language (see i18n/intl.ts), each built once.
const dayFormat = () =>
	dateFormat('day', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
const monthFormat = () => dateFormat('month', { timeZone: 'UTC', month: 'long' });
const monthShortFormat = () => dateFormat('monthShort', { timeZone: 'UTC', month: 'short' });
const datedDayFormat = () =>
	dateFormat('datedDay', {
		timeZone: 'UTC',
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
const timeFormat = () =>
	dateFormat('time', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The unit a tick marks: the coarsest calendar boundary it falls on. */
export type TickUnit = 'year' | 'month' | 'day' | 'time';

export function tickUnit(tick: Date): TickUnit {
	if (utcYear.floor(tick).getTime() === tick.getTime()) return 'year';
	if (utcMonth.floor(tick).getTime() === tick.getTime()) return 'month';
	if (utcDay.floor(tick).getTime() === tick.getTime()) return 'day';
	return 'time';
}

/**
 * A tick's label, in the page's language (en-GB here). Days read "Mon 24 Feb"; ticks inside a day read "14:00".
 * When every tick is a month or a year (zoomed far out), show month or year names; a
 * January among months names its year, so a reader scrolling through years keeps count.
 * Years are said as readers count them: "476", "44 BC", "170,000 BC".
 */
export function formatTick(tick: Date, allTicks: Date[]): string {
	const units = allTicks.map(tickUnit);
	const unit = tickUnit(tick);
	const year = yearWords(tick.getUTCFullYear());
	if (units.every((u) => u === 'year')) return year;
	if (units.every((u) => u === 'year' || u === 'month'))
		return unit === 'year'
			? `${monthShortFormat().format(tick)} ${year}`
			: monthFormat().format(tick);
	if (unit === 'time') return formatWallTime(tick);
	return formatWallDay(tick);
}

const hour = 3_600_000;

/** The finest calendar unit the axis shows: what its labels (and the zoom announcement) count in. */
export type AxisPrecision = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The axis's precision from its ticks; null when there are none. */
export function axisPrecision(ticks: Date[]): AxisPrecision | null {
	const units = ticks.map(tickUnit);
	if (units.length === 0) return null;
	if (units.every((u) => u === 'year')) return 'year';
	if (units.every((u) => u === 'year' || u === 'month')) return 'month';
	if (units.some((u) => u === 'time')) {
		const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : hour;
		return step < hour ? 'minute' : 'hour';
	}
	return 'day';
}

/**
 * What the axis counts in, said above it: "Years", "Months", "Days (Europe/London)",
 * "Hours, Mon 24 Feb 2025 (Europe/London)", "Minutes, Mon 24 Feb – Tue 25 Feb 2025 (…)".
 * Days and times name the zone they are counted in; years and months are too coarse for a
 * zone to matter to a reader. Hours and minutes name the day or days their ticks fall on,
 * since most of their ticks read only a time: the view before the first tick is on the
 * first tick's day or, when that tick is a midnight, on the day before, which the tick's
 * own label ("Tue 25 Feb") sets apart.
 */
export function axisUnit(ticks: Date[], timeZone: string): string {
	const precision = axisPrecision(ticks);
	if (precision === null) return '';
	const name = t().axis[precision];
	if (precision === 'year' || precision === 'month') return name;
	if (precision === 'day') return `${name} (${timeZone})`;
	return `${name}, ${formatWallDays(ticks[0]!, ticks.at(-1)!)} (${timeZone})`;
}

/**
 * The day, or days, from `first` to `last` (wall-clock dates), with the year:
 * "Mon 24 Feb 2025", "Fri 28 Feb – Sat 1 Mar 2025", "Wed 31 Dec 2025 – Thu 1 Jan 2026".
 */
export function formatWallDays(first: Date, last: Date): string {
	// Intl puts commas after weekdays and thin spaces round the dash; the site writes neither.
	return datedDayFormat()
		.formatRange(first, last)
		.replace(/,/g, '')
		.replace(/[\u2009\u202f]/g, ' ');
}

/** A wall-clock date as a short day: "Mon 24 Feb" (also used to announce the visible range). */
export function formatWallDay(date: Date): string {
	return dayFormat().format(date).replace(',', '');
}

/** A wall-clock date's time of day: "14:00". */
export function formatWallTime(date: Date): string {
	return timeFormat().format(date);
}
