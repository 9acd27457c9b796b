import type { TimelineEvent } from './timelineEvents';

/** Sizes of a mark, in pixels. */
export interface MarkSizes {
	/** Diameter of a point mark. */
	pointSize: number;
	/** Space between a mark and its label. */
	labelGap: number;
}

/** A point for an instant or a calendar unit (day, month, year, decade); a bar for a span. */
export function markShape(event: Pick<TimelineEvent, 'precision'>): 'point' | 'bar' {
	return event.precision === 'span' ? 'bar' : 'point';
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
