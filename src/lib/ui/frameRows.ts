/**
 * How many rows of events fit an embed in a frame of fixed height: what the frame leaves
 * for the plot's rows once the parts above the plot (title, summary, search, toolbar), the
 * plot's axis and what comes after the plot (the overview) have their room. One row is kept
 * for the "+N" clusters that take what does not fit; at least `min` rows are drawn however
 * short the frame (the frame then scrolls, as it would without this).
 */
export interface FrameRowSizes {
	/** The frame's height (the embed's window). */
	frameHeight: number;
	/** Height of everything in the frame but the plot's rows. */
	otherHeight: number;
	rowHeight: number;
	min: number;
	max: number;
}

export function frameRows({
	frameHeight,
	otherHeight,
	rowHeight,
	min,
	max
}: FrameRowSizes): number {
	const fit = Math.floor((frameHeight - otherHeight) / rowHeight);
	return Math.min(max, Math.max(min, fit - 1));
}
