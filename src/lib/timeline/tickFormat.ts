import { utcDay, utcMonth, utcYear } from 'd3';

// Ticks arrive as wall-clock dates (see wallClock.ts), so they are formatted as UTC.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'UTC',
	weekday: 'short',
	day: 'numeric',
	month: 'short'
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' });
const yearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'UTC',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** The unit a tick marks: the coarsest calendar boundary it falls on. */
export type TickUnit = 'year' | 'month' | 'day' | 'time';

export function tickUnit(tick: Date): TickUnit {
	if (utcYear.floor(tick).getTime() === tick.getTime()) return 'year';
	if (utcMonth.floor(tick).getTime() === tick.getTime()) return 'month';
	if (utcDay.floor(tick).getTime() === tick.getTime()) return 'day';
	return 'time';
}

/**
 * en-GB tick label. Days read "Mon 24 Feb"; ticks inside a day read "14:00".
 * When every tick is a month or a year (zoomed far out), show month or year names.
 */
export function formatTick(tick: Date, allTicks: Date[]): string {
	const units = allTicks.map(tickUnit);
	const unit = tickUnit(tick);
	if (units.every((u) => u === 'year')) return yearFormat.format(tick);
	if (units.every((u) => u === 'year' || u === 'month'))
		return unit === 'year' ? yearFormat.format(tick) : monthFormat.format(tick);
	if (unit === 'time') return formatWallTime(tick);
	return formatWallDay(tick);
}

/** A wall-clock date as a short day: "Mon 24 Feb" (also used to announce the visible range). */
export function formatWallDay(date: Date): string {
	return dayFormat.format(date).replace(',', '');
}

/** A wall-clock date's time of day: "14:00". */
export function formatWallTime(date: Date): string {
	return timeFormat.format(date);
}
