import { scaleLinear, type ScaleLinear } from 'd3';

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

/** The least span a fitted view shows (one instant alone still gets an hour across). */
export const MIN_FIT_SPAN = 3_600_000;

/**
 * The wall-clock range that holds every interval, from the earliest start to the latest
 * end, with no air added: the plot keeps a few pixels either side instead (`PLOT_PAD` in
 * layoutFrame.ts), and labels that would run past the end go to the left of their mark.
 * A range shorter than `MIN_FIT_SPAN` is widened to it about its middle. O(intervals).
 */
export function fitDomain(intervals: Iterable<Interval>): [number, number] {
	// A loop, not Math.min(...): spreading 100,000 arguments overflows the stack.
	let start = Infinity;
	let end = -Infinity;
	for (const i of intervals) {
		if (i.start < start) start = i.start;
		if (i.end > end) end = i.end;
	}
	if (start > end) throw new Error('fitDomain needs at least one interval');
	const short = MIN_FIT_SPAN - (end - start);
	return short > 0 ? [start - short / 2, end + short / 2] : [start, end];
}

/**
 * The time scale for a domain across a plot `width` pixels wide, keeping `pad` pixels free
 * at either edge so that the first and last marks are drawn whole.
 */
export function createTimeScale(domain: [Date, Date], width: number, pad = 0): TimeScale {
	return scaleLinear()
		.domain(domain.map(Number))
		.range([pad, Math.max(pad + 1, width - pad)]);
}
