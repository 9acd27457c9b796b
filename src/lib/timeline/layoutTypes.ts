import type { MarkSizes } from './markGeometry';
import type { Packing } from './packRows';
import type { AxisPrecision, TickUnit } from './tickFormat';
import type { TimelineEvent } from './timelineEvents';
import type { TimeScale } from './timeScale';

// What `layoutTimeline` takes besides the story and the view, and the picture it returns.

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
	/**
	 * Where a view packs big windows in slices (packingSlices.ts): without it, every packing
	 * is done in the frame that needs it.
	 */
	packInSlices?: PackInSlices;
}

/**
 * Takes a packing to finish a slice at a time, in tasks of its own: `start()` begins it and
 * gives the step, which packs until `stop()` says so and returns the packing once done;
 * `keep` keeps it for the frames to come, which are then drawn again. Asked again for the
 * same `key` (every frame asks while it waits), it goes on with the packing it has, and
 * `start` is not called.
 */
export type PackInSlices = (
	key: string,
	start: () => PackingStep,
	keep: (packing: Packing) => void
) => void;

/** Packs until `stop()` says so; the packing once done, else null. */
export type PackingStep = (stop: () => boolean) => Packing | null;

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
	/** The label sits to the left of the tick's line (at the plot's right edge). */
	labelLeft: boolean;
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
