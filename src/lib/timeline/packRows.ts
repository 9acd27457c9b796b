import { markShape, placeMark, type MarkSizes } from './markGeometry';
import { eventsBetween, type TimelineIndex } from './timelineIndex';

/** One event given a row when packed. */
export interface PackedEvent {
	/** Position in the index. */
	i: number;
	/** Row inside its track. */
	row: number;
	/** Whether its label is drawn (room is kept for it in the row). */
	label: boolean;
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
}

/**
 * First-fit packing of the events in [from, to], in time order: each takes the first row
 * of its track whose last footprint ends `gap` pixels before its own starts, the label
 * included, so labels in a row never overlap. An event that finds no row joins the
 * cluster of its time bin (bins are `clusterWidth` pixels at this zoom, aligned to the
 * domain's start, so they hold still while the view pans). O(events × rows).
 *
 * Packed at a zoom k, the rows hold at every closer zoom: marks spread apart while labels
 * keep their width. So a frame reuses the packing of its zoom level and only places marks.
 */
export function packRows(index: TimelineIndex, request: PackRequest): Packing {
	const { pxPerMs, from, to, rowsPerTrack, clusterWidth, gap, sizes, labelWidth } = request;
	const d0 = index.domain[0];
	const binSpan = clusterWidth / pxPerMs;
	const trackCount = index.tracks.length;
	const lastEnd = Array.from({ length: trackCount }, () =>
		new Array<number>(rowsPerTrack).fill(-Infinity)
	);
	const rowsUsed = new Array<number>(trackCount).fill(0);
	const placed: PackedEvent[] = [];
	const clusters: PackedCluster[] = [];
	// By track and bin as one number: no string is built for the thousands that join a cluster.
	const openCluster = new Map<number, PackedCluster>();
	eventsBetween(index, from, to, (i) => {
		const event = index.events[i]!;
		const x0 = (index.starts[i]! - d0) * pxPerMs;
		const x1 = (index.ends[i]! - d0) * pxPerMs;
		const track = index.trackOf[i]!;
		const rows = lastEnd[track]!;
		const shape = markShape(event);
		// The footprint's start does not depend on the label: find a row before measuring.
		const start = Math.min(x0, shape === 'bar' ? x0 : (x0 + x1) / 2 - sizes.pointSize / 2);
		let row = 0;
		while (row < rowsPerTrack && rows[row]! + gap > start) row++;
		if (row < rowsPerTrack) {
			// The last of several rows is packed with marks alone, so more events are drawn
			// before any is merged into a cluster; labels come back where they fit, below.
			const label = row < rowsPerTrack - 1 || rowsPerTrack < 3;
			const end = label
				? placeMark(shape, x0, x1, labelWidth(i), sizes).footprintEnd
				: Math.max(x1, shape === 'bar' ? x1 : (x0 + x1) / 2 + sizes.pointSize / 2);
			rows[row] = end;
			if (row + 1 > rowsUsed[track]!) rowsUsed[track] = row + 1;
			placed.push({ i, row, label });
			return;
		}
		const anchor = shape === 'bar' ? index.starts[i]! : (index.starts[i]! + index.ends[i]!) / 2;
		const bin = Math.floor((anchor - d0) / binSpan);
		const slot = bin * trackCount + track;
		let cluster = openCluster.get(slot);
		if (!cluster) {
			cluster = {
				key: `${track}:${Math.round(binSpan)}:${bin}`,
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
	});
	clusters.sort((a, b) => a.track - b.track || a.binStart - b.binStart);
	if (rowsPerTrack >= 3) labelLastRows(index, placed, request);
	return { placed, clusters, rowsUsed };
}

/**
 * Gives the marks of each track's last row their labels where the labelled footprint still
 * ends `gap` pixels before the next mark of that row starts (the row's last mark always has
 * room). Room that holds at this zoom holds at every closer one, as in the other rows.
 * One pass, from the end: O(placed).
 */
function labelLastRows(index: TimelineIndex, placed: PackedEvent[], request: PackRequest): void {
	const { pxPerMs, rowsPerTrack, gap, sizes, labelWidth } = request;
	const d0 = index.domain[0];
	const last = rowsPerTrack - 1;
	const nextStart = new Array<number>(index.tracks.length).fill(Infinity);
	for (let p = placed.length - 1; p >= 0; p--) {
		const packed = placed[p]!;
		if (packed.row !== last) continue;
		const { i } = packed;
		const track = index.trackOf[i]!;
		const x0 = (index.starts[i]! - d0) * pxPerMs;
		const x1 = (index.ends[i]! - d0) * pxPerMs;
		const place = placeMark(markShape(index.events[i]!), x0, x1, labelWidth(i), sizes);
		if (place.footprintEnd + gap <= nextStart[track]!) packed.label = true;
		nextStart[track] = place.footprintStart;
	}
}
