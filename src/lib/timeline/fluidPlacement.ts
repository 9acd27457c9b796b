import { PLOT_PAD } from './layoutFrame';
import type { ClusterMark, EventMark, TimelineOptions } from './layoutTypes';

/**
 * The width the prerendered picture is laid out at. The server cannot know how wide the
 * plot will be, so the fitted view is laid out for a narrow phone (rows packed and labels
 * cut for it) and its horizontal positions are written so that they hold at any width
 * from this one up (see `fluidPlacer`): wider, the marks only move apart.
 */
export const NOMINAL_WIDTH = 320;

/**
 * Turns a horizontal coordinate of a layout into a CSS length: `x` (pixels at the laid-out
 * width), which moves with the scaled point `anchor`, measured from `from` (0: the plot's
 * left edge), which moves with `fromAnchor`. A label's offset from its point is in pixels
 * whatever the width; the point itself is where the scale puts it.
 */
export type Placer = (x: number, anchor?: number, from?: number, fromAnchor?: number) => string;

/** A layout of the measured width: plain pixels. */
export const pixelPlacer: Placer = (x, _anchor, from = 0) => `${round(x - from)}px`;

/**
 * The length of the fitted scale's range at the laid-out width (it starts `PLOT_PAD` from
 * the left edge), and the CSS that works it out at any.
 */
function fluidRange(width: number) {
	return { range: Math.max(1, width - 2 * PLOT_PAD), css: `(100cqw - ${2 * PLOT_PAD}px)` };
}

/**
 * A fitted layout (no zoom) of a plot `width` wide, drawn in a plot of any width: each
 * anchor is written as its share of the scale's range, which the CSS works out from the
 * plot's width (`cqw`: the plot is a size container) as `baseScale` does in pixels. Measured
 * from the plot's left edge (no `from`), the range's start is `PLOT_PAD` pixels in.
 */
export function fluidPlacer(width: number): Placer {
	const { range, css } = fluidRange(width);
	return (x, anchor = x, from, fromAnchor = from) => {
		// The plot's edge does not move with the scale: the range's start, PLOT_PAD in, does.
		const [origin, originAnchor] = from === undefined ? [0, PLOT_PAD] : [from, fromAnchor!];
		const share = round((anchor - originAnchor) / range, 6);
		const px = round(x - anchor - (origin - originAnchor));
		return share === 0 ? `${px}px` : `calc(${share} * ${css} + ${px}px)`;
	};
}

/**
 * What a label of a fitted layout gains in another plot: `range` times what the scale's
 * range gains, plus `plot` times what the plot's width gains (both negative when narrower).
 */
export interface LabelGrowth {
	range: number;
	plot: number;
}

/**
 * The room each label of a fitted layout gains in a wider plot (or loses in a narrower
 * one): a label ends before the next mark or cluster in its row, which moves away from the
 * label's anchor by the share of the range between them, or before the plot's edge, which
 * moves with the plot's width less the anchor's share of the range. A label to the left of
 * its point keeps its width. Linear in the marks (sorted once per row).
 */
export function labelGrowth(
	marks: EventMark[],
	clusters: ClusterMark[],
	width: number
): Map<string, LabelGrowth> {
	const { range } = fluidRange(width);
	type Item = { left: number; anchor: number; mark?: EventMark };
	const rows = new Map<number, Item[]>();
	const add = (row: number, item: Item) => {
		const items = rows.get(row);
		if (items) items.push(item);
		else rows.set(row, [item]);
	};
	for (const mark of marks)
		add(mark.row, { left: mark.left, anchor: markAnchor(mark, mark.left), mark });
	for (const cluster of clusters) add(cluster.row, { left: cluster.x0, anchor: cluster.x0 - 2 });
	const growth = new Map<string, LabelGrowth>();
	for (const items of rows.values()) {
		items.sort((a, b) => a.left - b.left);
		for (const [i, { mark }] of items.entries()) {
			if (!mark?.showLabel) continue;
			const anchor = markAnchor(mark, mark.labelX);
			if (mark.labelX < anchor) continue;
			const next = items[i + 1];
			growth.set(
				mark.event.id,
				next
					? { range: Math.max(0, (next.anchor - anchor) / range), plot: 0 }
					: { range: -(anchor - PLOT_PAD) / range, plot: 1 }
			);
		}
	}
	return growth;
}

/**
 * The CSS width of a label of a fitted layout laid out at `width`: `labelWidth` there, and
 * its `growth` (see `labelGrowth`) in another plot, up to the widest a label is drawn.
 */
export function fluidLabelWidth(width: number, options: Pick<TimelineOptions, 'maxLabelWidth'>) {
	const { range, css } = fluidRange(width);
	return (labelWidth: number, growth: LabelGrowth | undefined): string => {
		const label = round(labelWidth);
		if (!growth || (growth.range === 0 && growth.plot === 0)) return `${label}px`;
		const gain = `${round(growth.range, 6)} * (${css} - ${round(range)}px) + ${growth.plot} * (100cqw - ${width}px)`;
		return `clamp(0px, ${label}px + ${gain}, ${options.maxLabelWidth}px)`;
	};
}

/**
 * The scaled point a coordinate of a mark moves with: a point's centre (its shape and label
 * keep their pixel offsets from it); a bar's start, or its end for the end itself.
 */
export function markAnchor(mark: Pick<EventMark, 'shape' | 'cx' | 'x0' | 'x1'>, x: number): number {
	if (mark.shape === 'point') return mark.cx;
	return x === mark.x1 ? mark.x1 : mark.x0;
}

function round(value: number, digits = 2): number {
	const scale = 10 ** digits;
	// + 0: no "-0px".
	return Math.round(value * scale) / scale + 0;
}
