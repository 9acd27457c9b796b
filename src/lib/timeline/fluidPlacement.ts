import { RIGHT_INSET_SHARE, type EventMark, type TimelineOptions } from './layoutTimeline';

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
 * A fitted layout (no zoom) of a plot `width` wide, drawn in a plot of any width: each
 * anchor is written as its share of the scale's range, which the CSS works out from the
 * plot's width (`cqw`: the plot is a size container) as `baseScale` does in pixels.
 */
export function fluidPlacer(
	width: number,
	options: Pick<TimelineOptions, 'maxLabelWidth'>
): Placer {
	const inset = Math.min(options.maxLabelWidth, width * RIGHT_INSET_SHARE);
	const range = Math.max(1, width - inset);
	const rangeCss = `(100cqw - min(${options.maxLabelWidth}px, ${RIGHT_INSET_SHARE * 100}cqw))`;
	return (x, anchor = x, from = 0, fromAnchor = from) => {
		const share = round((anchor - fromAnchor) / range, 6);
		const px = round(x - anchor - (from - fromAnchor));
		return share === 0 ? `${px}px` : `calc(${share} * ${rangeCss} + ${px}px)`;
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
