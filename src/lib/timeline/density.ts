import { upperBound, type TimelineIndex } from './timelineIndex';

/**
 * How many events start in each of `bins` equal slices of [from, to): the overview strip's
 * picture of where the news is. Two binary searches a bin: O(bins × log n).
 */
export function density(index: TimelineIndex, from: number, to: number, bins: number): number[] {
	const counts = new Array<number>(bins).fill(0);
	const step = (to - from) / bins;
	let before = upperBound(index.starts, from - 1e-9);
	for (let k = 0; k < bins; k++) {
		const after =
			k === bins - 1
				? upperBound(index.starts, to)
				: upperBound(index.starts, from + (k + 1) * step - 1e-9);
		counts[k] = after - before;
		before = after;
	}
	return counts;
}
