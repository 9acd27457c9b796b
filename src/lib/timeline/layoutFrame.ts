import type { LayoutMemo } from './layoutMemo';
import type { TimelineOptions, ViewTransform } from './layoutTypes';
import type { TimelineIndex } from './timelineIndex';
import { createTimeScale, type TimeScale } from './timeScale';

/** The share of a narrow plot kept free at the right of the fitted view (see `rightInset`). */
export const RIGHT_INSET_SHARE = 0.3;

/** The room kept at the right of the fitted view, so the labels of the last events fit. */
export function rightInset(width: number, options: Pick<TimelineOptions, 'maxLabelWidth'>): number {
	return Math.min(options.maxLabelWidth, width * RIGHT_INSET_SHARE);
}

/** The fitted (unzoomed) scale of a plot `width` wide. */
export function baseScale(
	index: TimelineIndex,
	width: number,
	options: TimelineOptions
): TimeScale {
	const [d0, d1] = index.domain;
	return createTimeScale([new Date(d0), new Date(d1)], width, rightInset(width, options));
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
	const base = baseScale(index, width, options);
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
	const b = transform.x - d0 * a;
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
