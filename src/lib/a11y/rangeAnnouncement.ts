import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import { yearWords } from '$lib/format/yearWords';
import { t } from '$lib/i18n/active';
import { dateFormat } from '$lib/i18n/intl';
import { fill } from '$lib/i18n/plural';
import { formatWallDay, formatWallTime, type AxisPrecision } from '$lib/timeline/tickFormat';

// What a screen reader hears after a zoom, loaded with the first one (zoomAnnouncements).
// Wall-clock dates (see wallClock.ts) read as UTC.
const monthFormat = () => dateFormat('month', { timeZone: 'UTC', month: 'long' });

const intervals: Record<AxisPrecision, CountableTimeInterval> = {
	year: utcYear,
	month: utcMonth,
	day: utcDay,
	hour: utcHour,
	minute: utcMinute
};

/**
 * The first and last units (days, months, years) of which more than half is shown, so the
 * air either side of a fitted view does not add a unit nobody can see. A view narrower
 * than that names the unit its middle falls in.
 */
function shownUnits(start: Date, end: Date, interval: CountableTimeInterval): [Date, Date] {
	const s = start.getTime();
	const e = end.getTime();
	const a = interval.floor(start);
	const afterA = interval.offset(a, 1);
	const first = s - a.getTime() < afterA.getTime() - s ? a : afterA;
	const b = interval.floor(new Date(e - 1));
	const afterB = interval.offset(b, 1);
	const last = e - b.getTime() > afterB.getTime() - e ? b : interval.offset(b, -1);
	if (last < first) {
		const middle = interval.floor(new Date((s + e) / 2));
		return [middle, middle];
	}
	return [first, last];
}

const year = (date: Date) => yearWords(date.getUTCFullYear());
const sameYear = (a: Date, b: Date) => a.getUTCFullYear() === b.getUTCFullYear();

/** "from – to", with the year said once at the end, or at both ends when they differ. */
function range(from: Date, to: Date, name: (date: Date) => string, single: boolean): string {
	if (single) return `${name(to)} ${year(to)}`;
	const fromText = sameYear(from, to) ? name(from) : `${name(from)} ${year(from)}`;
	return `${fromText} – ${name(to)} ${year(to)}`;
}

/**
 * What a screen reader hears after a zoom: the visible wall-clock range, at the precision
 * of the axis the view shows. "Showing 1840 – 1990", "Showing March – June 1962",
 * "Showing Mon 24 Feb – Sun 2 Mar 2025" (the year at both ends when the range crosses
 * one), and for hours or minutes the times, rounded, in the display zone:
 * "Showing Thu 27 Feb 2025 06:00 – 18:00 (Europe/London)".
 */
export function visibleRangeAnnouncement(
	start: Date,
	end: Date,
	precision: AxisPrecision,
	timeZone: string
): string {
	const interval = intervals[precision];
	if (precision === 'hour' || precision === 'minute') {
		const from = interval.round(start);
		const to = interval.round(end);
		const lastDay = utcDay.floor(new Date(Math.max(from.getTime(), to.getTime() - 1)));
		const sameDay = utcDay.floor(from).getTime() === lastDay.getTime();
		const day = (date: Date) => `${formatWallDay(date)} ${year(date)}`;
		const fromDay = sameYear(from, to) && !sameDay ? formatWallDay(from) : day(from);
		const toText = sameDay ? formatWallTime(to) : `${day(to)} ${formatWallTime(to)}`;
		return showing(`${fromDay} ${formatWallTime(from)} – ${toText} (${timeZone})`);
	}
	const [first, last] = shownUnits(start, end, interval);
	const single = first.getTime() === last.getTime();
	if (precision === 'year') return showing(single ? year(first) : `${year(first)} – ${year(last)}`);
	const name = precision === 'month' ? (d: Date) => monthFormat().format(d) : formatWallDay;
	return showing(range(first, last, name, single));
}

const showing = (range: string) => fill(t().announce.showing, { range });
