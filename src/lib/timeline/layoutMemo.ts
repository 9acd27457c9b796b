import type { TimelineOptions } from './layoutTypes';
import type { Packing } from './packRows';
import type { TimelineIndex } from './timelineIndex';

/**
 * What the layout keeps of a story between frames: label widths (measured once each, when
 * first needed) and packings by zoom level and window, so a frame packs nothing while the
 * zoom stays within a level. Kept per index, and started afresh when labels are measured
 * another way or the rows allowed change (a pinned timeline's, with the window's height).
 */
export interface LayoutMemo {
	measure: ((text: string) => number) | undefined;
	maxRows: number;
	labelWidths: Float64Array;
	packings: Map<string, Packing>;
}

const memos = new WeakMap<TimelineIndex, LayoutMemo>();
const PACKINGS_KEPT = 8;

export function memoFor(index: TimelineIndex, options: TimelineOptions): LayoutMemo {
	let memo = memos.get(index);
	if (!memo || memo.measure !== options.measureLabel || memo.maxRows !== options.maxRows) {
		memo = {
			measure: options.measureLabel,
			maxRows: options.maxRows,
			labelWidths: new Float64Array(index.events.length).fill(NaN),
			packings: new Map()
		};
		memos.set(index, memo);
	}
	return memo;
}

/** The packing kept under `key`, or `pack()` kept there; the least recently used goes. */
export function cachedPacking(memo: LayoutMemo, key: string, pack: () => Packing): Packing {
	let packing = memo.packings.get(key);
	if (packing) {
		// Most recently used last.
		memo.packings.delete(key);
	} else {
		packing = pack();
		if (memo.packings.size >= PACKINGS_KEPT)
			memo.packings.delete(memo.packings.keys().next().value!);
	}
	memo.packings.set(key, packing);
	return packing;
}
