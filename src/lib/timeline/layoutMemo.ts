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
	packings: Map<string, KeptPacking>;
}

/** A packing and what it holds for: the scale it was packed at and its window (wall-clock ms). */
export interface KeptPacking {
	packing: Packing;
	pxPerMs: number;
	from: number;
	to: number;
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

/** The packing kept under `key`, marked as the most recently used; undefined if none is. */
export function keptPacking(memo: LayoutMemo, key: string): Packing | undefined {
	const kept = memo.packings.get(key);
	if (!kept) return undefined;
	memo.packings.delete(key);
	memo.packings.set(key, kept);
	return kept.packing;
}

/** Keeps `kept` under `key`; the least recently used goes. */
export function keepPacking(memo: LayoutMemo, key: string, kept: KeptPacking): Packing {
	memo.packings.delete(key);
	if (memo.packings.size >= PACKINGS_KEPT) memo.packings.delete(memo.packings.keys().next().value!);
	memo.packings.set(key, kept);
	return kept.packing;
}

/**
 * The closest kept packing that holds at a scale of `pxPerMs` over `visible`: packed at that
 * scale or a coarser one (its rows hold at every closer zoom, see packRows.ts) over a window
 * that covers what is on screen. Undefined if none is kept.
 */
export function nearestPacking(
	memo: LayoutMemo,
	pxPerMs: number,
	visible: readonly [number, number]
): Packing | undefined {
	let best: KeptPacking | undefined;
	for (const kept of memo.packings.values())
		if (
			kept.pxPerMs <= pxPerMs * (1 + 1e-9) &&
			kept.from <= visible[0] &&
			kept.to >= visible[1] &&
			(!best || kept.pxPerMs > best.pxPerMs)
		)
			best = kept;
	return best?.packing;
}
