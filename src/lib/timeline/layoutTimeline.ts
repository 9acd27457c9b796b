import { axisTicks } from './axisTicks';
import { markShape, placeMark, type MarkSizes } from './markGeometry';
import { packRows, type PackedCluster, type Packing } from './packRows';
import {
	axisPrecision,
	axisUnit,
	formatTick,
	tickUnit,
	type AxisPrecision,
	type TickUnit
} from './tickFormat';
import type { TimelineEvent } from './timelineEvents';
import type { TimelineIndex } from './timelineIndex';
import { createTimeScale, type TimeScale } from './timeScale';

/** A named period on the wall clock, drawn as a background band. */
export interface EraSpan {
	id: string;
	label: string;
	start: number;
	end: number;
}

export interface TimelineOptions extends MarkSizes {
	/** Height of the axis: the unit it counts in, tick labels and the baseline. */
	axisHeight: number;
	rowHeight: number;
	/** Height of a track's label, when the story has groups. */
	trackLabelHeight: number;
	/** Height of the row of era labels, when the story has eras. */
	eraLabelHeight: number;
	/** Most rows of events in the plot; what does not fit goes into "+N" clusters. */
	maxRows: number;
	/** Width of a cluster's time bin, in pixels. */
	clusterWidth: number;
	/** Space kept between marks in a row. */
	gap: number;
	/** Widest a label may be before it is cut with an ellipsis. */
	maxLabelWidth: number;
	/** Average label character width, when labels are not measured. */
	charWidth: number;
	/** Measures a label in pixels; without it labels are estimated from `charWidth`. */
	measureLabel?: (text: string) => number;
	/** Zone the wall clock is counted in, said by the axis. */
	displayTimeZone: string;
}

export const defaultTimelineOptions: Omit<TimelineOptions, 'displayTimeZone'> = {
	pointSize: 12,
	labelGap: 6,
	axisHeight: 46,
	rowHeight: 34,
	trackLabelHeight: 22,
	eraLabelHeight: 22,
	maxRows: 8,
	clusterWidth: 56,
	gap: 8,
	maxLabelWidth: 260,
	charWidth: 7.2
};

/** The zoom: d3-zoom's transform on x. */
export interface ViewTransform {
	k: number;
	x: number;
}

export interface AxisTick {
	time: Date;
	x: number;
	label: string;
	unit: TickUnit;
}

export interface EventMark {
	event: TimelineEvent;
	/** Position in the index. */
	index: number;
	shape: 'point' | 'bar';
	/** Pixel extent of the event's interval (a point also has one: its day, month or year). */
	x0: number;
	x1: number;
	cx: number;
	/** What a reader can click: the shape and, when shown, the label. */
	left: number;
	right: number;
	labelX: number;
	labelWidth: number;
	/** False where the label would be cut by the plot's edge or run into another mark. */
	showLabel: boolean;
	/** Row counted over all tracks (for Up and Down), and the pixel top of that row. */
	row: number;
	top: number;
}

export interface ClusterMark {
	key: string;
	count: number;
	/** Positions in the index of the events it holds, in time order. */
	members: number[];
	/** Earliest start and latest end of its events (wall clock). */
	start: number;
	end: number;
	x0: number;
	x1: number;
	row: number;
	top: number;
}

export interface TrackBand {
	label: string | null;
	top: number;
	height: number;
}

export interface EraBand {
	id: string;
	label: string;
	x0: number;
	x1: number;
	labelX: number;
	showLabel: boolean;
}

export interface TimelineLayout {
	scale: TimeScale;
	ticks: AxisTick[];
	/** What the axis counts in: "Years", "Days (Europe/London)". */
	unit: string;
	/** The finest unit the axis shows; null when it shows no ticks (a very narrow plot). */
	precision: AxisPrecision | null;
	/** Visible marks (and the pinned one), in time order. */
	marks: EventMark[];
	/** Visible clusters, in time order within each track. */
	clusters: ClusterMark[];
	tracks: TrackBand[];
	eras: EraBand[];
	/** Top of the era bands and tracks, under the axis. */
	bodyTop: number;
	height: number;
	/** The wall-clock range on screen. */
	visible: [number, number];
}

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

// Per index: label widths (measured once each, when first needed) and packings by zoom
// level and window, so a frame packs nothing while the zoom stays within a level.
interface Memo {
	measure: ((text: string) => number) | undefined;
	labelWidths: Float64Array;
	packings: Map<string, Packing>;
}
const memos = new WeakMap<TimelineIndex, Memo>();
const PACKINGS_KEPT = 8;
/** Zooms from this up to the fit reuse the fit's rows (see the zoomed-out packing). */
const FIT_TOLERANCE = 0.97;
/** The shortest a label is cut to (with an ellipsis) before it is hidden instead. */
const MIN_LABEL = 56;

function memoFor(index: TimelineIndex, options: TimelineOptions): Memo {
	let memo = memos.get(index);
	if (!memo || memo.measure !== options.measureLabel) {
		memo = {
			measure: options.measureLabel,
			labelWidths: new Float64Array(index.events.length).fill(NaN),
			packings: new Map()
		};
		memos.set(index, memo);
	}
	return memo;
}

function cachedPacking(memo: Memo, key: string, pack: () => Packing): Packing {
	let packing = memo.packings.get(key);
	if (packing) {
		// Most recently used last.
		memo.packings.delete(key);
	} else {
		packing = pack();
		if (memo.packings.size >= PACKINGS_KEPT)
			memo.packings.delete(memo.packings.keys().next().value!);
	}
	memo.packings.set(key, packing);
	return packing;
}

/**
 * The whole picture for a plot `width` wide at a zoom `transform`: axis ticks and unit,
 * the visible event marks and "+N" clusters in rows, track bands, era bands and height.
 * Pure but for caches: the same input gives the same output.
 *
 * Level of detail: rows are packed at the zoom level below the current zoom (powers of
 * two), over a window of three views aligned to the level's grid, and reused while the
 * zoom stays within that level and the view within that window; a frame then only places
 * the packed marks that are on screen. So the work per frame follows what is visible.
 * `pinnedId` (the focused event) is drawn even off-screen, so focus is never lost.
 */
export function layoutTimeline(
	index: TimelineIndex,
	eras: EraSpan[],
	width: number,
	transform: ViewTransform,
	options: TimelineOptions,
	pinnedId: string | null = null
): TimelineLayout {
	const memo = memoFor(index, options);
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
	// x = t × a + b at the current zoom.
	const a = basePx * transform.k;
	const b = transform.x - d0 * a;
	const visible: [number, number] = [(0 - b) / a, (width - b) / a];
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

	const trackCount = index.tracks.length;
	const rowsPerTrack =
		trackCount === 1 ? options.maxRows : Math.max(2, Math.floor(options.maxRows / trackCount));
	const packAt = (pxPerMs: number, from: number, to: number) =>
		packRows(index, {
			pxPerMs,
			from,
			to,
			rowsPerTrack,
			clusterWidth: options.clusterWidth,
			gap: options.gap,
			sizes: options,
			labelWidth
		});
	// The fitted view fixes the rows each track shows, so the height holds while zooming in.
	const fit = cachedPacking(memo, `fit:${width}`, () => packAt(basePx, d0, d1));
	const level = Math.floor(Math.log2(transform.k) + 1e-9);
	let packing = fit;
	if (level > 0) {
		const levelPx = basePx * 2 ** level;
		const cellSpan = width / levelPx;
		const cell = Math.floor((visible[0] - d0) / cellSpan);
		packing = cachedPacking(memo, `${width}:${level}:${cell}`, () =>
			packAt(levelPx, d0 + (cell - 1) * cellSpan, d0 + (cell + 2) * cellSpan)
		);
	} else if (transform.k < FIT_TOLERANCE) {
		// Zoomed out past the fit (at most 2×): packed at the next step of 2^(1/8) below, so
		// nothing that fits at the fit is merged into a cluster. Just under the fit (d3's
		// animated pans dip there) the fit's rows still hold: the gap in a row absorbs it.
		const step = Math.floor(Math.log2(transform.k) * 8) / 8;
		packing = cachedPacking(memo, `${width}:out:${step}`, () => packAt(basePx * 2 ** step, d0, d1));
	}

	// Tracks, top to bottom: a label (when grouped), the rows, and a row for clusters.
	const hasEras = eras.length > 0;
	const bodyTop = options.axisHeight + (hasEras ? options.eraLabelHeight : 0);
	const labelled = index.tracks.some((t) => t.label !== null);
	const tracks: TrackBand[] = [];
	const rowBase: number[] = [];
	const rowTop: number[] = [];
	const clusterRow: number[] = [];
	let row = 0;
	let top = bodyTop;
	const clustered = new Set(packing.clusters.map((c) => c.track));
	const fitClustered = new Set(fit.clusters.map((c) => c.track));
	for (let t = 0; t < trackCount; t++) {
		const rows = Math.max(1, fit.rowsUsed[t]!, packing.rowsUsed[t]!);
		const withClusters = fitClustered.has(t) || clustered.has(t);
		const labelHeight = labelled ? options.trackLabelHeight : 0;
		const height = labelHeight + (rows + (withClusters ? 1 : 0)) * options.rowHeight;
		tracks.push({ label: index.tracks[t]!.label, top, height });
		rowBase.push(row);
		rowTop.push(top + labelHeight);
		clusterRow.push(rows);
		row += rows + (withClusters ? 1 : 0);
		top += height;
	}

	// Marks on screen, each row walked left to right so a label flipped to the left of its
	// point near the right edge can be checked against its neighbour in the row.
	const marks: EventMark[] = [];
	const rowRight = new Map<number, number>();
	const pinned = pinnedId === null ? undefined : index.position.get(pinnedId);
	let pinnedPlaced = pinned === undefined;
	for (const { i, row: r, label } of packing.placed) {
		const mark = markAt(i, r, rowBase[index.trackOf[i]!]!, rowTop[index.trackOf[i]!]!);
		if (!label) hideLabel(mark);
		const onScreen = mark.right >= 0 && mark.left <= width;
		if (i === pinned) pinnedPlaced = true;
		if (!onScreen && i !== pinned) continue;
		const previous = rowRight.get(mark.row) ?? -Infinity;
		if (label) fitLabel(mark, previous);
		rowRight.set(
			mark.row,
			mark.showLabel ? Math.max(mark.right, mark.labelX + mark.labelWidth) : mark.right
		);
		marks.push(mark);
	}
	const clusters: ClusterMark[] = [];
	// The pinned event's cluster, found by its bin rather than by searching every member.
	const holdsPinned = (c: PackedCluster): boolean =>
		!pinnedPlaced &&
		pinned !== undefined &&
		c.track === index.trackOf[pinned] &&
		index.starts[pinned]! <= c.end &&
		index.ends[pinned]! >= c.start &&
		c.members.includes(pinned);
	for (const c of packing.clusters) {
		const cluster = clusterAt(c);
		const holds = holdsPinned(c);
		if (holds) pinnedPlaced = true;
		if (!(cluster.x1 >= 0 && cluster.x0 <= width) && !holds) continue;
		// A "cluster" of one point is drawn as the point itself, when it sits inside its bin.
		const single = c.members.length === 1 ? c.members[0]! : -1;
		if (single >= 0 && markShape(index.events[single]!) === 'point') {
			const t = c.track;
			const mark = markAt(single, clusterRow[t]!, rowBase[t]!, rowTop[t]!);
			hideLabel(mark);
			if (mark.left >= cluster.x0 && mark.right <= cluster.x1) {
				marks.push(mark);
				continue;
			}
		}
		clusters.push(cluster);
	}
	// A pinned event outside the packed window is off-screen: drawn in its track's first row.
	if (!pinnedPlaced && pinned !== undefined) {
		const t = index.trackOf[pinned]!;
		const mark = markAt(pinned, 0, rowBase[t]!, rowTop[t]!);
		hideLabel(mark);
		marks.push(mark);
	}
	// Time order, whatever was appended above (one-point clusters, the pinned event): a redraw
	// then keeps the drawn marks in the same order, so none is moved in the page, and the
	// focused one is never taken out and put back (which drops keyboard focus).
	marks.sort((m, n) => m.index - n.index);

	const ticks = axisTicks(scale, width).map((time) => ({
		time,
		x: scale(time),
		label: '',
		unit: tickUnit(time)
	}));
	const tickDates = ticks.map((t) => t.time);
	for (const tick of ticks) tick.label = formatTick(tick.time, tickDates);

	return {
		scale,
		ticks,
		unit: axisUnit(tickDates, options.displayTimeZone),
		precision: axisPrecision(tickDates),
		marks,
		clusters,
		tracks,
		eras: eras.map((era) => eraBand(era)),
		bodyTop,
		height: top + 6,
		visible
	};

	function markAt(i: number, r: number, base: number, rowsTop: number): EventMark {
		const event = index.events[i]!;
		const shape = markShape(event);
		const x0 = index.starts[i]! * a + b;
		const x1 = index.ends[i]! * a + b;
		const w = labelWidth(i);
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
			row: base + r,
			top: rowsTop + r * options.rowHeight
		};
	}

	/**
	 * Keeps the label inside the plot and clear of the mark before it in its row: near the
	 * right edge a point's label goes to the left of its point, a bar's slides left inside
	 * the bar; where neither has room for the whole label it is shortened (with an
	 * ellipsis) down to `MIN_LABEL`, and below that hidden. Never cut by the edge.
	 */
	function fitLabel(mark: EventMark, previousRight: number): void {
		const edge = 2;
		const clear = Math.max(edge, previousRight + options.labelGap);
		const limit = width - edge;
		if (mark.labelX < edge) return hideLabel(mark);
		if (mark.labelX + mark.labelWidth <= limit) return;
		const roomRight = limit - mark.labelX;
		if (mark.shape === 'bar') {
			const slid = Math.max(mark.x0 + options.labelGap, limit - mark.labelWidth);
			if (slid >= clear && slid + mark.labelWidth <= limit) mark.labelX = slid;
			else if (roomRight >= MIN_LABEL) mark.labelWidth = roomRight;
			else return hideLabel(mark);
			mark.right = Math.max(mark.x1, mark.labelX + mark.labelWidth);
			return;
		}
		const pointEnd = mark.left + options.pointSize;
		const roomLeft = mark.left - options.labelGap - clear;
		if (roomLeft >= mark.labelWidth || (roomLeft >= MIN_LABEL && roomLeft > roomRight)) {
			mark.labelWidth = Math.min(mark.labelWidth, roomLeft);
			mark.labelX = mark.left - options.labelGap - mark.labelWidth;
			mark.right = pointEnd;
			mark.left = mark.labelX;
		} else if (roomRight >= MIN_LABEL) {
			mark.labelWidth = roomRight;
			mark.right = mark.labelX + mark.labelWidth;
		} else hideLabel(mark);
	}

	function hideLabel(mark: EventMark): void {
		mark.showLabel = false;
		mark.labelX = mark.left;
		mark.right =
			mark.shape === 'bar' ? Math.max(mark.x1, mark.left + 2) : mark.left + options.pointSize;
	}

	function clusterAt(c: PackedCluster): ClusterMark {
		const x0 = c.binStart * a + b;
		const x1 = c.binEnd * a + b;
		const t = c.track;
		return {
			key: c.key,
			count: c.members.length,
			members: c.members,
			start: c.start,
			end: c.end,
			x0: x0 + 2,
			x1: x1 - 2,
			row: rowBase[t]! + clusterRow[t]!,
			top: rowTop[t]! + clusterRow[t]! * options.rowHeight
		};
	}

	function eraBand(era: EraSpan): EraBand {
		const x0 = era.start * a + b;
		const x1 = era.end * a + b;
		const labelX = Math.max(x0, 0) + 4;
		const room = Math.min(x1, width) - 4 - labelX;
		const text = options.measureLabel
			? options.measureLabel(era.label)
			: era.label.length * options.charWidth;
		return { id: era.id, label: era.label, x0, x1, labelX, showLabel: text + 8 <= room };
	}
}
