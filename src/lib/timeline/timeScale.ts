/**
 * Wall-clock milliseconds to pixels, and back: a straight line through two points. What the
 * timeline asks of d3's scaleLinear (map, invert, copy with another domain or range) and no
 * more. d3's linear scale brings d3-interpolate and d3-color for ranges of colours and
 * d3-format for tick labels, which the timeline never uses (its labels come from Intl, see
 * tickFormat.ts; calendar ticks from d3's utcTicks, see axisTicks.ts), into every first load.
 */
export interface TimeScale {
	(time: number | Date): number;
	invert(x: number): number;
	domain(): [number, number];
	domain(domain: readonly (number | Date)[]): TimeScale;
	range(): [number, number];
	range(range: readonly number[]): TimeScale;
	copy(): TimeScale;
}

function linearScale(d0: number, d1: number, r0: number, r1: number): TimeScale {
	// A domain of one instant maps to the middle of the range, as d3's does.
	const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const scale = ((time: number | Date) =>
		slope === 0 ? (r0 + r1) / 2 : r0 + (+time - d0) * slope) as TimeScale;
	scale.invert = (x) => (slope === 0 ? d0 : d0 + (x - r0) / slope);
	scale.domain = ((domain?: readonly (number | Date)[]) =>
		domain ? linearScale(+domain[0]!, +domain[1]!, r0, r1) : [d0, d1]) as TimeScale['domain'];
	scale.range = ((range?: readonly number[]) =>
		range ? linearScale(d0, d1, range[0]!, range[1]!) : [r0, r1]) as TimeScale['range'];
	scale.copy = () => linearScale(d0, d1, r0, r1);
	return scale;
}

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
	return linearScale(+domain[0], +domain[1], pad, Math.max(pad + 1, width - pad));
}
