/**
 * How many rows of events a pinned timeline may draw: the block that stays in view while
 * the article scrolls under it (toolbar, plot, overview strip) takes at most a share of the
 * window's height, so the passage below it has room. One row is kept for the "+N" clusters
 * that take what does not fit.
 */

/** The most of the window's height the pinned block may take. */
export const PINNED_SHARE = 0.4;

export interface PinnedRowSizes {
	/** Height of everything pinned but the plot's rows: padding, toolbar, axis, overview. */
	chrome: number;
	rowHeight: number;
	/** Fewest rows drawn, however short the window (the timeline stays usable). */
	min: number;
	/** Most rows drawn, however tall the window. */
	max: number;
}

export function pinnedMaxRows(viewportHeight: number, sizes: PinnedRowSizes): number {
	const fit = Math.floor((viewportHeight * PINNED_SHARE - sizes.chrome) / sizes.rowHeight);
	return Math.min(sizes.max, Math.max(sizes.min, fit - 1));
}
