import { scaleUtc, utcDay, type ScaleTime } from 'd3';

export type TimeScale = ScaleTime<number, number>;

/** Wall-clock interval of one event, in display-zone milliseconds. */
export interface Interval {
	start: number;
	end: number;
}

/**
 * The domain that fits every interval, widened to whole days with half a day of air
 * either side so the first and last marks are not cut by the frame.
 */
export function fitDomain(intervals: Interval[]): [Date, Date] {
	if (intervals.length === 0) throw new Error('fitDomain needs at least one interval');
	const start = Math.min(...intervals.map((i) => i.start));
	const end = Math.max(...intervals.map((i) => i.end));
	const halfDay = 12 * 3_600_000;
	return [
		new Date(utcDay.floor(new Date(start)).getTime() - halfDay),
		new Date(utcDay.ceil(new Date(end)).getTime() + halfDay)
	];
}

/**
 * The time scale for a domain across a plot `width` pixels wide, leaving `rightInset`
 * pixels free at the right so the labels of the last events fit when all are shown.
 */
export function createTimeScale(domain: [Date, Date], width: number, rightInset = 0): TimeScale {
	return scaleUtc()
		.domain(domain)
		.range([0, Math.max(1, width - rightInset)]);
}
