/**
 * How many rows of events a pinned timeline may draw: the block that stays in view while
 * the article scrolls under it (toolbar, plot, overview strip) takes at most a share of the
 * window's height, so the passage below it has room. One row is kept for the "+N" clusters
 * that take what does not fit.
 */

/** A story's rows, pinned or not: lower than the default, so more fit. */
export const STORY_ROW_HEIGHT = 28;

/**
 * The most rows a story's timeline draws where it scrolls with its page (a phone, an
 * embed): a narrow plot cuts labels shorter but still holds fewer of them in a row, and at
 * ten rows a short story's events each keep a mark and a label of their own there (the
 * first story's eleven at 320 to 390 px) rather than merge into a "+N" cluster.
 */
export const SCROLLING_MAX_ROWS = 10;

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
