import type { TimelineEvent } from './timelineEvents';

/** The shortest a label is cut to (with an ellipsis) before it is hidden instead. */
export const MIN_LABEL = 56;

/** Sizes of a mark, in pixels. */
export interface MarkSizes {
	/** Diameter of a point mark. */
	pointSize: number;
	/** Space between a mark and its label. */
	labelGap: number;
}

/**
 * What a mark is drawn as, by the date's extent: a `bar` for an event that lasted
 * `throughout` its interval; for one that happened at some moment `within` it, a `range` (a
 * dot over a bracket) where the words give a range, else a `point` (an instant, a day).
 */
export function drawnShape(
	event: Pick<TimelineEvent, 'extent' | 'start' | 'end' | 'precision'>
): 'point' | 'bar' | 'range' {
	if (event.extent === 'throughout') return event.end > event.start ? 'bar' : 'point';
	return event.precision === 'span' ? 'range' : 'point';
}

/**
 * How a mark is laid out: a point (its label after it) or over its interval (a bar, or a
 * range's bracket: its label inside the left end, the dot under the label's line).
 */
export function markShape(
	event: Pick<TimelineEvent, 'extent' | 'start' | 'end' | 'precision'>
): 'point' | 'bar' {
	return drawnShape(event) === 'point' ? 'point' : 'bar';
}

type Banded = Pick<TimelineEvent, 'extent' | 'start' | 'end' | 'precision' | 'ownZone'>;

/**
 * What a mark draws across its interval besides its shape: `range`, the bracket of a range
 * it fell within; `zone`, a point's pale bar over its day (month, year) counted in its own
 * zone, only where that zone's clock differs from the display zone's (else the day is the
 * axis's own); or nothing (a bar, an instant, a unit of the axis's own days).
 */
export function bandKind(event: Banded): 'range' | 'zone' | null {
	const shape = drawnShape(event);
	if (shape !== 'point') return shape === 'range' ? 'range' : null;
	return event.ownZone && event.precision !== 'instant' ? 'zone' : null;
}

/** As `bandKind`, where the interval (pixels x0 to x1) shows: a bracket wider than the dot. */
export function markBand(
	event: Banded,
	x0: number,
	x1: number,
	pointSize: number
): 'range' | 'zone' | null {
	const kind = bandKind(event);
	if (kind === 'range') return x1 - x0 > pointSize ? kind : null;
	return kind === 'zone' && x1 - x0 >= 1 ? kind : null;
}

/**
 * Where a mark and its label sit for an event whose interval runs from pixel x0 to x1,
 * its label `labelWidth` wide, in a plot `width` wide. A bar's label sits inside its left
 * end, sliding right when the bar starts off-screen; a point's label follows its band
 * (the day, month or year it falls in) when the point itself is off to the left.
 * The footprint is everything the mark and its label can cover: rows are packed on it.
 */
export function placeMark(
	shape: 'point' | 'bar',
	x0: number,
	x1: number,
	labelWidth: number,
	sizes: MarkSizes
) {
	const { pointSize, labelGap } = sizes;
	const cx = (x0 + x1) / 2;
	const markStart = shape === 'bar' ? x0 : cx - pointSize / 2;
	const markEnd = shape === 'bar' ? x1 : cx + pointSize / 2;
	const labelX =
		shape === 'bar'
			? Math.min(Math.max(x0, 0) + labelGap, Math.max(x0 + labelGap, x1 - labelWidth))
			: Math.max(markEnd + labelGap, Math.min(labelGap, x1 - labelWidth));
	const right = Math.max(markEnd, labelX + labelWidth);
	return {
		cx,
		markStart,
		markEnd,
		labelX,
		footprintStart: Math.min(x0, markStart),
		footprintEnd: Math.max(x1, right)
	};
}
