import { MIN_LABEL, markShape, placeMark, type MarkSizes } from './markGeometry';
import { eventsCursor, type TimelineIndex } from './timelineIndex';

/** One event given a row when packed. */
export interface PackedEvent {
	/** Position in the index. */
	i: number;
	/** Row inside its track. */
	row: number;
	/** Whether its label goes to the left of its mark (it would run past the story's end). */
	flip: boolean;
}

/** Events that found no row near each other, drawn as one mark with their count. */
export interface PackedCluster {
	key: string;
	track: number;
	/** Wall-clock bin the members' marks fall in, [binStart, binEnd). */
	binStart: number;
	binEnd: number;
	/** Positions in the index, in time order. */
	members: number[];
	/** Earliest start and latest end of the members. */
	start: number;
	end: number;
}

export interface Packing {
	/** In time order. */
	placed: PackedEvent[];
	clusters: PackedCluster[];
	/** Rows used in each track. */
	rowsUsed: number[];
}

export interface PackRequest {
	/** Wall-clock milliseconds to pixels, without the pan: x = (t − domain start) × pxPerMs. */
	pxPerMs: number;
	/** The window to pack, wall-clock ms. */
	from: number;
	to: number;
	/** Rows each track may use; what does not fit goes into clusters. */
	rowsPerTrack: number;
	/** Width of a cluster's bin in pixels: nearby overflow merges into one cluster. */
	clusterWidth: number;
	/** Space kept between footprints in a row. */
	gap: number;
	sizes: MarkSizes;
	/** The label width of the event at a position (measured or estimated). */
	labelWidth: (i: number) => number;
	/** The widest a label is: events further than this from the end are not measured to pack. */
	maxLabelWidth: number;
	/** How far past the first start and the last end of the story a label may run, in pixels. */
	edge: number;
}

/**
 * First-fit packing of the events in [from, to], in time order: each takes the first row
 * of its track whose last footprint ends `gap` pixels before its own starts, the label
 * included, so labels in a row never overlap and every mark in a row has its label. A
 * label that would run past the story's end (`edge` pixels after it) goes to the left of
 * its mark. An event that finds no row joins the cluster of its time bin (bins are
 * about `clusterWidth` pixels at this zoom and tile the domain, so they hold still while
 * the view pans and none runs past the story's ends). O(events × rows).
 *
 * Packed at a zoom k, the rows hold at every closer zoom: marks spread apart while labels
 * keep their width. So a frame reuses the packing of its zoom level and only places marks.
 */
export function packRows(index: TimelineIndex, request: PackRequest): Packing {
	return startPacking(index, request)(() => false)!;
}

/** How many events are packed between two looks at whether to stop. */
const EVENTS_PER_LOOK = 64;

/**
 * The same packing, done a slice at a time: each call packs events until `stop()` says so
 * (looked at every few dozen events) and returns the packing once every event has a place,
 * null until then. So a big window can be packed across several short tasks.
 */
export function startPacking(
	index: TimelineIndex,
	request: PackRequest
): (stop: () => boolean) => Packing | null {
	const { pxPerMs, from, to, rowsPerTrack, clusterWidth, gap, sizes, labelWidth } = request;
	const [d0, d1] = index.domain;
	// Bins of about `clusterWidth` that tile the domain exactly: none crosses either end.
	const bins = Math.max(1, Math.round(((d1 - d0) * pxPerMs) / clusterWidth));
	const binSpan = (d1 - d0) / bins;
	const labelEnd = (d1 - d0) * pxPerMs + request.edge;
	const trackCount = index.tracks.length;
	const lastEnd = Array.from({ length: trackCount }, () =>
		new Array<number>(rowsPerTrack).fill(-Infinity)
	);
	const rowsUsed = new Array<number>(trackCount).fill(0);
	const placed: PackedEvent[] = [];
	const clusters: PackedCluster[] = [];
	// By track and bin as one number: no string is built for the thousands that join a cluster.
	const openCluster = new Map<number, PackedCluster>();
	const next = eventsCursor(index, from, to);
	const pack = (i: number): void => {
		const x0 = (index.starts[i]! - d0) * pxPerMs;
		const x1 = (index.ends[i]! - d0) * pxPerMs;
		const track = index.trackOf[i]!;
		const rows = lastEnd[track]!;
		const shape = markShape(index.events[i]!);
		const markStart = shape === 'bar' ? x0 : (x0 + x1) / 2 - sizes.pointSize / 2;
		const markEnd = shape === 'bar' ? x1 : markStart + sizes.pointSize;
		// Only a mark near the end may need its label on the left: the others find a row
		// before their label is measured (most of a big story's never are).
		const flip =
			Math.max(x0, markEnd) + sizes.labelGap + request.maxLabelWidth > labelEnd &&
			flipsLabel(shape, x0, x1, labelWidth(i), sizes, labelEnd, -request.edge);
		const row = flip
			? flippedRow(rows, gap, x0, markStart - sizes.labelGap, labelWidth(i))
			: firstRow(rows, gap, Math.min(x0, markStart));
		if (row < rowsPerTrack) {
			rows[row] = flip
				? Math.max(x1, markEnd)
				: placeMark(shape, x0, x1, labelWidth(i), sizes).footprintEnd;
			if (row + 1 > rowsUsed[track]!) rowsUsed[track] = row + 1;
			placed.push({ i, row, flip });
			return;
		}
		const anchor = shape === 'bar' ? index.starts[i]! : (index.starts[i]! + index.ends[i]!) / 2;
		const bin = Math.min(bins - 1, Math.floor((anchor - d0) / binSpan));
		const slot = bin * trackCount + track;
		let cluster = openCluster.get(slot);
		if (!cluster) {
			cluster = {
				// Its first event names it at every zoom: a cluster that splits or merges as the
				// zoom crosses a level keeps its element (and focus), where one key per bin would
				// draw every cluster anew.
				key: `${i}`,
				track,
				binStart: d0 + bin * binSpan,
				binEnd: d0 + (bin + 1) * binSpan,
				members: [],
				start: index.starts[i]!,
				end: index.ends[i]!
			};
			openCluster.set(slot, cluster);
			clusters.push(cluster);
		}
		cluster.members.push(i);
		if (index.ends[i]! > cluster.end) cluster.end = index.ends[i]!;
	};
	return (stop) => {
		for (let i = next(), n = 1; i >= 0; i = next(), n++) {
			pack(i);
			if (n % EVENTS_PER_LOOK === 0 && stop()) return null;
		}
		clusters.sort((a, b) => a.track - b.track || a.binStart - b.binStart);
		return { placed, clusters, rowsUsed };
	};
}

/** The first row whose last footprint ends `gap` pixels before `start`; rows.length if none. */
function firstRow(rows: number[], gap: number, start: number): number {
	let row = 0;
	while (row < rows.length && rows[row]! + gap > start) row++;
	return row;
}

/**
 * The row of a mark whose label goes to its left, ending at `labelEnd`: the first with room
 * for the whole label, else the first with room for it cut down to `MIN_LABEL` (the marks
 * are placed on the room their row leaves, see placeMarks.ts). So the last events of a
 * narrow plot keep a label of their own rather than merge into a cluster.
 */
function flippedRow(
	rows: number[],
	gap: number,
	x0: number,
	labelEnd: number,
	labelWidth: number
): number {
	const whole = firstRow(rows, gap, Math.min(x0, labelEnd - labelWidth));
	if (whole < rows.length) return whole;
	return firstRow(rows, gap, Math.min(x0, labelEnd - Math.min(labelWidth, MIN_LABEL)));
}

/**
 * Whether a mark's label goes to its left: when, on the right, it would end past `end`, and
 * on the left it still has room for `MIN_LABEL` after `start`.
 */
function flipsLabel(
	shape: 'point' | 'bar',
	x0: number,
	x1: number,
	labelWidth: number,
	sizes: MarkSizes,
	end: number,
	start: number
): boolean {
	const place = placeMark(shape, x0, x1, labelWidth, sizes);
	const shortest = Math.min(labelWidth, MIN_LABEL);
	return place.footprintEnd > end && place.markStart - sizes.labelGap - shortest >= start;
}
