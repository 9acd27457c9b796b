import { LABEL_EDGE, PLOT_PAD, type LayoutFrame } from './layoutFrame';
import { cachedPacking } from './layoutMemo';
import { packRows, type Packing } from './packRows';

/** Zooms from this up to the fit reuse the fit's rows (see the zoomed-out packing). */
const FIT_TOLERANCE = 0.97;

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
 */
export function packingsAt(frame: LayoutFrame): Packings {
	const { index, options, width, transform, memo, basePx, visible, labelWidth } = frame;
	const [d0, d1] = index.domain;
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
			labelWidth,
			maxLabelWidth: options.maxLabelWidth,
			edge: PLOT_PAD - LABEL_EDGE
		});
	// The fitted view fixes the rows each track shows, so the height holds while zooming in.
	const fit = cachedPacking(memo, `fit:${width}`, () => packAt(basePx, d0, d1));
	const level = Math.floor(Math.log2(transform.k) + 1e-9);
	if (level > 0) {
		const levelPx = basePx * 2 ** level;
		const cellSpan = width / levelPx;
		const cell = Math.floor((visible[0] - d0) / cellSpan);
		const packing = cachedPacking(memo, `${width}:${level}:${cell}`, () =>
			packAt(levelPx, d0 + (cell - 1) * cellSpan, d0 + (cell + 2) * cellSpan)
		);
		return { fit, packing };
	}
	if (transform.k < FIT_TOLERANCE) {
		// Zoomed out past the fit (at most 2×): packed at the next step of 2^(1/8) below, so
		// nothing that fits at the fit is merged into a cluster. Just under the fit (d3's
		// animated pans dip there) the fit's rows still hold: the gap in a row absorbs it.
		const step = Math.floor(Math.log2(transform.k) * 8) / 8;
		const packing = cachedPacking(memo, `${width}:out:${step}`, () =>
			packAt(basePx * 2 ** step, d0, d1)
		);
		return { fit, packing };
	}
	return { fit, packing: fit };
}
