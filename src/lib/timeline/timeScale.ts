import { scaleLinear, utcDay, type ScaleLinear } from 'd3';

/**
 * Wall-clock milliseconds to pixels. Linear, not d3's scaleUtc: that one builds its tick
 * labels with d3-time-format, which the timeline never uses (its labels come from Intl, see
 * tickFormat.ts) but every page would load. Calendar ticks come from utcTicks (axisTicks.ts).
 */
export type TimeScale = ScaleLinear<number, number>;

/** Wall-clock interval of one event, in display-zone milliseconds. */
export interface Interval {
	start: number;
	end: number;
}

const halfDay = 12 * 3_600_000;

/**
 * The domain that fits every interval, widened to whole days with air either side (half a
 * day, or 2% of the span for stories of years) so the first and last marks are not cut.
 */
export function fitDomain(intervals: Interval[]): [Date, Date] {
	if (intervals.length === 0) throw new Error('fitDomain needs at least one interval');
	// A loop, not Math.min(...): spreading 100,000 arguments overflows the stack.
	let start = Infinity;
	let end = -Infinity;
	for (const i of intervals) {
		if (i.start < start) start = i.start;
		if (i.end > end) end = i.end;
	}
	const air = Math.max(halfDay, (end - start) * 0.02);
	return [
		new Date(utcDay.floor(new Date(start)).getTime() - air),
		new Date(utcDay.ceil(new Date(end)).getTime() + air)
	];
}

/**
 * The time scale for a domain across a plot `width` pixels wide, leaving `rightInset`
 * pixels free at the right so the labels of the last events fit when all are shown.
 */
export function createTimeScale(domain: [Date, Date], width: number, rightInset = 0): TimeScale {
	return scaleLinear()
		.domain(domain.map(Number))
		.range([0, Math.max(1, width - rightInset)]);
}
