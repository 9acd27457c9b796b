import { LABEL_EDGE, PLOT_PAD, type LayoutFrame } from './layoutFrame';
import { keepPacking, keptPacking, nearestPacking } from './layoutMemo';
import { packRows, startPacking, type Packing, type PackRequest } from './packRows';
import { eventsStartingBetween } from './timelineIndex';

/** Zooms from this up to the fit reuse the fit's rows (see the zoomed-out packing). */
const FIT_TOLERANCE = 0.97;

/**
 * A window that starts this many events or more is packed in slices where the view can (see
 * `packInSlices`), while a coarser packing already kept is drawn: packing it at once could
 * hold a frame past 50 ms.
 */
export const SLICED_FROM = 2000;

/**
 * From this many events, a view's first picture waits for its packing in slices (with
 * `wait`): that task also builds the plot, and label widths are measured as rows are packed.
 */
export const FIRST_SLICED_FROM = 500;

/** The fitted view's packing, which fixes the rows each track shows, and this zoom's. */
export interface Packings {
	fit: Packing;
	packing: Packing;
}

/**
 * Level of detail: rows are packed at the zoom level below the current zoom (powers of
 * two), over a window of three views aligned to the level's grid, and reused while the
 * zoom stays within that level and the view within that window; a frame then only places
 * the packed marks that are on screen. So the work per frame follows what is visible.
 *
 * With `wait` (a view that shows nothing yet), a big window with nothing coarser kept to
 * draw meanwhile is packed in slices too, and there are no packings until it is (null).
 */
export function packingsAt(frame: LayoutFrame, wait = false): Packings | null {
	const { index, options, width, transform, memo, basePx, visible, labelWidth } = frame;
	const [d0, d1] = index.domain;
	const trackCount = index.tracks.length;
	const rowsPerTrack =
		trackCount === 1 ? options.maxRows : Math.max(2, Math.floor(options.maxRows / trackCount));
	const request = (pxPerMs: number, from: number, to: number): PackRequest => ({
		pxPerMs,
		from,
		to,
		rowsPerTrack,
		clusterWidth: options.clusterWidth,
		gap: options.gap,
		sizes: options,
		labelWidth,
		maxLabelWidth: options.maxLabelWidth,
		edge: PLOT_PAD - LABEL_EDGE
	});
	const onScreen: [number, number] = [Math.max(d0, visible[0]), Math.min(d1, visible[1])];
	/**
	 * The packing kept under `key`; else packed now, or in slices while a coarser one shows
	 * (or, with `wait`, while nothing does: null).
	 */
	const packed = (key: string, pxPerMs: number, from: number, to: number): Packing | null => {
		const kept = keptPacking(memo, key);
		if (kept) return kept;
		const keep = (packing: Packing) => keepPacking(memo, key, { packing, pxPerMs, from, to });
		const slices = options.packInSlices;
		const least = wait ? FIRST_SLICED_FROM : SLICED_FROM;
		if (slices && eventsStartingBetween(index, from, to) >= least) {
			const meanwhile = nearestPacking(memo, pxPerMs, onScreen) ?? null;
			if (meanwhile || wait) {
				slices(key, () => startPacking(index, request(pxPerMs, from, to)), keep);
				return meanwhile;
			}
		}
		return keep(packRows(index, request(pxPerMs, from, to)));
	};
	// The fitted view fixes the rows each track shows, so the height holds while zooming in.
	const fit = packed(`fit:${width}`, basePx, d0, d1);
	if (!fit) return null;
	const level = Math.floor(Math.log2(transform.k) + 1e-9);
	if (level > 0) {
		const levelPx = basePx * 2 ** level;
		const cellSpan = width / levelPx;
		const cell = Math.floor((visible[0] - d0) / cellSpan);
		const from = d0 + (cell - 1) * cellSpan;
		const packing = packed(`${width}:${level}:${cell}`, levelPx, from, from + 3 * cellSpan);
		return packing && { fit, packing };
	}
	if (transform.k < FIT_TOLERANCE) {
		// Zoomed out past the fit (at most 2×): packed at the next step of 2^(1/8) below, so
		// nothing that fits at the fit is merged into a cluster. Just under the fit (d3's
		// animated pans dip there) the fit's rows still hold: the gap in a row absorbs it.
		const step = Math.floor(Math.log2(transform.k) * 8) / 8;
		const packing = packed(`${width}:out:${step}`, basePx * 2 ** step, d0, d1);
		return packing && { fit, packing };
	}
	return { fit, packing: fit };
}
