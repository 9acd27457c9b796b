import { LABEL_EDGE, type LayoutFrame } from './layoutFrame';
import type { EventMark } from './layoutTypes';
import { MIN_LABEL, markShape, placeMark } from './markGeometry';
import type { TrackRows } from './layoutTracks';
import type { PackedEvent } from './packRows';

/** What placing marks needs: the frame, where the tracks' rows are, the event kept drawn. */
export interface Placement {
	frame: LayoutFrame;
	rows: TrackRows;
	/** Position of the pinned (focused) event, drawn even off-screen; undefined for none. */
	pinned: number | undefined;
}

/**
 * The packed marks on screen (and the pinned one wherever it is), each row walked left to
 * right so a label flipped to the left of its point near the right edge can be checked
 * against its neighbour in the row. O(packed).
 */
export function placeMarks(
	placement: Placement,
	placed: PackedEvent[]
): { marks: EventMark[]; pinnedPlaced: boolean } {
	const { frame, rows, pinned } = placement;
	const { index, width } = frame;
	const marks: EventMark[] = [];
	const rowRight = new Map<number, number>();
	let pinnedPlaced = pinned === undefined;
	for (const { i, row, flip } of placed) {
		const t = index.trackOf[i]!;
		const mark = markAt(frame, i, row, rows.rowBase[t]!, rows.rowTop[t]!);
		const onScreen = mark.right >= 0 && mark.left <= width;
		if (i === pinned) pinnedPlaced = true;
		if (!onScreen && i !== pinned) continue;
		const previous = rowRight.get(mark.row) ?? -Infinity;
		const clear = Math.max(LABEL_EDGE, previous + frame.options.labelGap);
		if (flip) {
			if (!labelLeft(frame, mark, clear)) hideLabel(frame, mark);
		} else fitLabel(frame, mark, clear);
		rowRight.set(
			mark.row,
			mark.showLabel ? Math.max(mark.right, mark.labelX + mark.labelWidth) : mark.right
		);
		marks.push(mark);
	}
	return { marks, pinnedPlaced };
}

/** The mark of the event at position `i` in row `row` of a track whose rows start at `base`. */
export function markAt(
	frame: LayoutFrame,
	i: number,
	row: number,
	base: number,
	rowsTop: number
): EventMark {
	const { index, options, a, b } = frame;
	const event = index.events[i]!;
	const shape = markShape(event);
	const x0 = index.starts[i]! * a + b;
	const x1 = index.ends[i]! * a + b;
	const w = frame.labelWidth(i);
	const placed = placeMark(shape, x0, x1, w, options);
	return {
		event,
		index: i,
		shape,
		x0,
		x1,
		cx: placed.cx,
		left: placed.markStart,
		right: Math.max(placed.markEnd, placed.labelX + w),
		labelX: placed.labelX,
		labelWidth: w,
		showLabel: true,
		row: base + row,
		top: rowsTop + row * options.rowHeight
	};
}

/**
 * Keeps the label inside the plot and clear of the mark before it in its row (after
 * `clear`): near the right edge a point's label goes to the left of its point, a bar's
 * slides left inside the bar; where neither has room for the whole label it is shortened
 * (with an ellipsis) down to `MIN_LABEL`, and below that hidden. Never cut by the edge.
 */
function fitLabel(frame: LayoutFrame, mark: EventMark, clear: number): void {
	const { options, width } = frame;
	const limit = width - LABEL_EDGE;
	if (mark.labelX < LABEL_EDGE) return hideLabel(frame, mark);
	if (mark.labelX + mark.labelWidth <= limit) return;
	const roomRight = limit - mark.labelX;
	if (mark.shape === 'bar') {
		const slid = Math.max(mark.x0 + options.labelGap, limit - mark.labelWidth);
		if (slid >= clear && slid + mark.labelWidth <= limit) mark.labelX = slid;
		else if (roomRight >= MIN_LABEL) mark.labelWidth = roomRight;
		else return hideLabel(frame, mark);
		mark.right = Math.max(mark.x1, mark.labelX + mark.labelWidth);
		return;
	}
	const roomLeft = mark.left - options.labelGap - clear;
	if ((roomLeft >= mark.labelWidth || roomLeft > roomRight) && labelLeft(frame, mark, clear))
		return;
	if (roomRight >= MIN_LABEL) {
		mark.labelWidth = roomRight;
		mark.right = mark.labelX + mark.labelWidth;
	} else hideLabel(frame, mark);
}

/**
 * Puts the label to the left of its mark, after `clear`, shortened to the room there (down
 * to `MIN_LABEL`); false, and nothing changed, when there is less room than that.
 */
export function labelLeft({ options }: LayoutFrame, mark: EventMark, clear: number): boolean {
	const room = mark.left - options.labelGap - clear;
	if (room < Math.min(mark.labelWidth, MIN_LABEL)) return false;
	const markEnd =
		mark.shape === 'bar' ? Math.max(mark.x1, mark.left + 2) : mark.left + options.pointSize;
	mark.labelWidth = Math.min(mark.labelWidth, room);
	mark.labelX = mark.left - options.labelGap - mark.labelWidth;
	mark.right = markEnd;
	mark.left = mark.labelX;
	return true;
}

export function hideLabel({ options }: LayoutFrame, mark: EventMark): void {
	mark.showLabel = false;
	mark.labelX = mark.left;
	mark.right =
		mark.shape === 'bar' ? Math.max(mark.x1, mark.left + 2) : mark.left + options.pointSize;
}

/** A pinned event outside the packed window is off-screen: drawn in its track's first row. */
export function pinnedMark({ frame, rows }: Placement, pinned: number): EventMark {
	const t = frame.index.trackOf[pinned]!;
	const mark = markAt(frame, pinned, 0, rows.rowBase[t]!, rows.rowTop[t]!);
	hideLabel(frame, mark);
	return mark;
}
