import { eraBand } from './eraBands';
import { layoutAxis } from './layoutAxis';
import { layoutFrame } from './layoutFrame';
import { memoFor } from './layoutMemo';
import { layoutTracks } from './layoutTracks';
import type { TimelineLayout, TimelineOptions, ViewTransform } from './layoutTypes';
import { packingsAt } from './packingLevel';
import { placeClusters } from './placeClusters';
import { pinnedMark, placeMarks, type Placement } from './placeMarks';
import type { EraSpan } from './timelineEvents';
import type { TimelineIndex } from './timelineIndex';

/**
 * The whole picture for a plot `width` wide at a zoom `transform`: axis ticks and unit,
 * the visible event marks and "+N" clusters in rows, track bands, era bands and height.
 * Pure but for caches: the same input gives the same output.
 *
 * Each step takes the frame (its scales and dimensions, see layoutFrame.ts): the packing
 * of the zoom level (reused while the zoom stays within it, see packingLevel.ts), the
 * tracks' rows, then the marks and clusters on screen. So the work per frame follows what
 * is visible. `pinnedId` (the focused event) is drawn even off-screen, so focus is never
 * lost.
 */
export function layoutTimeline(
	index: TimelineIndex,
	eras: EraSpan[],
	width: number,
	transform: ViewTransform,
	options: TimelineOptions,
	pinnedId: string | null = null
): TimelineLayout {
	return layoutOrWait([index, eras, width, transform, options, pinnedId], false)!;
}

/**
 * The first picture of a view that shows nothing yet: as `layoutTimeline`, but the fitted
 * view of a story of FIRST_SLICED_FROM events or more is packed in slices
 * (`options.packInSlices`), so that no task of the page's is long, and there is no picture
 * until it is (null).
 */
export function firstLayout(...args: Parameters<typeof layoutTimeline>): TimelineLayout | null {
	return layoutOrWait(args, true);
}

function layoutOrWait(
	[index, eras, width, transform, options, pinnedId = null]: Parameters<typeof layoutTimeline>,
	wait: boolean
): TimelineLayout | null {
	const frame = layoutFrame(index, width, transform, options, memoFor(index, options));
	const packings = packingsAt(frame, wait);
	if (!packings) return null;
	const tracks = layoutTracks(frame, packings, eras.length > 0);
	const placement: Placement = {
		frame,
		rows: tracks,
		pinned: pinnedId === null ? undefined : index.position.get(pinnedId)
	};
	const placed = placeMarks(placement, packings.packing.placed);
	const grouped = placeClusters(placement, packings.packing.clusters, placed.pinnedPlaced);
	const marks = placed.marks.concat(grouped.points);
	if (!grouped.pinnedPlaced && placement.pinned !== undefined)
		marks.push(pinnedMark(placement, placement.pinned));
	// Time order, whatever was appended above (one-point clusters, the pinned event): a redraw
	// then keeps the drawn marks in the same order, so none is moved in the page, and the
	// focused one is never taken out and put back (which drops keyboard focus).
	marks.sort((m, n) => m.index - n.index);

	return {
		scale: frame.scale,
		...layoutAxis(frame),
		marks,
		clusters: grouped.clusters,
		tracks: tracks.tracks,
		eras: eras.map((era) => eraBand(frame, era)),
		bodyTop: tracks.bodyTop,
		height: tracks.bottom + 6,
		visible: frame.visible
	};
}
