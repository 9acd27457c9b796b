import type { LayoutMemo } from './layoutMemo';
import type { TimelineOptions, ViewTransform } from './layoutTypes';
import type { TimelineIndex } from './timelineIndex';
import { createTimeScale, type TimeScale } from './timeScale';

/**
 * The pixels the fitted view keeps free at either edge of the plot: the width of a point, so
 * the first and last marks are drawn whole. No more: the labels of the last events go to
 * the left of their marks rather than past the end (see packRows.ts).
 */
export const PLOT_PAD = 12;

/** How far inside the plot's edges a label stays. */
export const LABEL_EDGE = 2;

/** The fitted (unzoomed) scale of a plot `width` wide. */
export function baseScale(index: TimelineIndex, width: number): TimeScale {
	const [d0, d1] = index.domain;
	return createTimeScale([new Date(d0), new Date(d1)], width, PLOT_PAD);
}

/**
 * One frame's scales and dimensions, the context every step of the layout takes (as a mark
 * of Observable Plot is handed `scales` and `dimensions`).
 */
export interface LayoutFrame {
	index: TimelineIndex;
	options: TimelineOptions;
	width: number;
	transform: ViewTransform;
	/** What the layout keeps of this story between frames. */
	memo: LayoutMemo;
	/** The scale at this zoom. */
	scale: TimeScale;
	/** Pixels per wall-clock millisecond in the fitted view. */
	basePx: number;
	/** x = t × a + b at this zoom. */
	a: number;
	b: number;
	/** The wall-clock range on screen. */
	visible: [number, number];
	/** The label width of the event at a position (measured or estimated, kept per story). */
	labelWidth: (i: number) => number;
}

export function layoutFrame(
	index: TimelineIndex,
	width: number,
	transform: ViewTransform,
	options: TimelineOptions,
	memo: LayoutMemo
): LayoutFrame {
	const [d0, d1] = index.domain;
	const base = baseScale(index, width);
	const scale =
		transform.k === 1 && transform.x === 0
			? base
			: base
					.copy()
					.domain([
						base.invert(-transform.x / transform.k),
						base.invert((base.range()[1]! - transform.x) / transform.k)
					]);
	const basePx = (base.range()[1]! - base.range()[0]!) / (d1 - d0);
	const a = basePx * transform.k;
	const b = transform.x + transform.k * base.range()[0]! - d0 * a;
	// On a narrow plot labels are shorter, so more events keep a row of their own.
	const maxLabel = Math.min(options.maxLabelWidth, width * (width < 600 ? 0.45 : 0.7));
	const labelWidth = (i: number): number => {
		let w = memo.labelWidths[i]!;
		if (Number.isNaN(w)) {
			const title = index.events[i]!.title;
			const text = options.measureLabel
				? options.measureLabel(title)
				: title.length * options.charWidth;
			// 4 px of padding either side.
			w = Math.min(maxLabel, Math.ceil(text) + 8);
			memo.labelWidths[i] = w;
		}
		return w;
	};
	const visible: [number, number] = [(0 - b) / a, (width - b) / a];
	return { index, options, width, transform, memo, scale, basePx, a, b, visible, labelWidth };
}
