import { assignLanes } from './lanes';
import type { TimeScale } from './timeScale';
import type { TimelineEvent } from './timelineEvents';

export interface LayoutOptions {
	/** Plot width in pixels. */
	width: number;
	/** Average label character width in pixels (labels are estimated, not measured, so layout stays pure). */
	charWidth: number;
	/** Diameter of a point mark. */
	pointSize: number;
	/** Space between a mark and its label. */
	labelGap: number;
	/** Widest a label may be before it is cut with an ellipsis. */
	maxLabelWidth: number;
	/** Measures a label in pixels; without it labels are estimated from `charWidth`. */
	measureLabel?: (text: string) => number;
}

export const defaultLayoutOptions: Omit<LayoutOptions, 'width'> = {
	charWidth: 7.2,
	pointSize: 12,
	labelGap: 6,
	maxLabelWidth: 260
};

export interface EventMark {
	event: TimelineEvent;
	/** A point for a day or an instant, a bar for a span. */
	shape: 'point' | 'bar';
	/** Pixel extent of the event's interval (a day point also has one: the day it falls in). */
	x0: number;
	x1: number;
	/** Centre of a point mark. */
	cx: number;
	/** Where the label starts: kept inside the view while any of the mark is visible. */
	labelX: number;
	labelWidth: number;
	/** What a reader can click: the shape (a day's point, not its band) and the label. */
	left: number;
	right: number;
	/** The mark's whole extent, day band included; rows are packed on it. */
	footprintStart: number;
	footprintEnd: number;
	lane: number;
	/** Whether any of the mark or its label is inside [0, width]. */
	visible: boolean;
}

/**
 * Packs events into rows at `scale`. Packed at the fitted (unzoomed) scale, the rows hold at
 * every closer zoom: footprints apart at one zoom stay apart closer in, since marks spread
 * while labels keep their width. So a zoom frame reuses the rows and only places marks.
 */
export function packLanes(
	events: TimelineEvent[],
	scale: TimeScale,
	options: LayoutOptions
): Map<string, number> {
	return assignLanes(
		placeMarks(events, scale, options).map((m) => ({
			id: m.event.id,
			x0: m.footprintStart,
			x1: m.footprintEnd
		}))
	);
}

/** Places every event for the current scale: x extents, labels, and rows (packed here unless given). */
export function layoutEvents(
	events: TimelineEvent[],
	scale: TimeScale,
	options: LayoutOptions,
	lanes: Map<string, number> = packLanes(events, scale, options)
): EventMark[] {
	// Runs every zoom frame: the marks are fresh objects, so fill in place, no second copy.
	const marks = placeMarks(events, scale, options);
	for (const m of marks) {
		m.lane = lanes.get(m.event.id) ?? 0;
		m.visible = m.footprintEnd >= 0 && m.footprintStart <= options.width;
	}
	return marks;
}

function placeMarks(
	events: TimelineEvent[],
	scale: TimeScale,
	options: LayoutOptions
): EventMark[] {
	const { width, charWidth, pointSize, labelGap, maxLabelWidth, measureLabel } = options;
	return events.map((event) => {
		const x0 = scale(event.start);
		const x1 = scale(event.end);
		const shape: EventMark['shape'] = event.precision === 'span' ? 'bar' : 'point';
		const cx = (x0 + x1) / 2;
		const markStart = shape === 'bar' ? x0 : cx - pointSize / 2;
		const markEnd = shape === 'bar' ? x1 : cx + pointSize / 2;
		// Labels have 4 px of padding either side.
		const textWidth = measureLabel ? measureLabel(event.title) : event.title.length * charWidth;
		const labelWidth = Math.min(maxLabelWidth, width * 0.7, Math.ceil(textWidth) + 8);
		// A bar's label sits inside its left end, sliding right when the bar starts off-screen.
		const labelX =
			shape === 'bar'
				? Math.min(Math.max(x0, 0) + labelGap, Math.max(x0 + labelGap, x1 - labelWidth))
				: // A point's label follows its day band on screen when the point itself is off to the left.
					Math.max(markEnd + labelGap, Math.min(labelGap, x1 - labelWidth));
		// A day point's band (the whole day it falls in) is part of the mark: no label crosses it.
		const right = Math.max(markEnd, labelX + labelWidth);
		return {
			event,
			shape,
			x0,
			x1,
			cx,
			labelX,
			labelWidth,
			left: markStart,
			right,
			footprintStart: Math.min(x0, markStart),
			footprintEnd: Math.max(x1, right),
			lane: 0,
			visible: false
		};
	});
}
