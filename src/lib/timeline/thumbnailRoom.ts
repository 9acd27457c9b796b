import type { ClusterMark, EventMark } from './layoutTypes';

/** A picture's side, in pixels, and the room kept on each side of it. */
export const THUMBNAIL_SIZE = 24;
const GAP = 4;

export interface ThumbnailPlace {
	mark: EventMark;
	/** Its picture's address. */
	url: string;
	/** Left edge, in the layout's pixels. */
	x: number;
}

/**
 * Where a mark's picture fits beside its label: just after the label's end, in the mark's own
 * row, clear of the next mark or cluster and of the plot's right edge. Only labelled marks of
 * events with a picture (`pictureOf`) get one: a picture never hides another mark's words or
 * takes a label's place. O(m log m) in the marks drawn.
 */
export function thumbnailRoom(
	marks: readonly EventMark[],
	clusters: readonly ClusterMark[],
	width: number,
	pictureOf: (mark: EventMark) => string | undefined
): ThumbnailPlace[] {
	// Each row's drawn extents, sorted by their left edge: marks in a row never overlap, so
	// the first extent to the right of a label is the nearest thing it could run into.
	const rows = new Map<number, Array<[number, number]>>();
	const extentIn = (row: number, left: number, right: number) => {
		let extents = rows.get(row);
		if (!extents) rows.set(row, (extents = []));
		extents.push([left, right]);
	};
	for (const m of marks) extentIn(m.row, m.left, m.right);
	for (const c of clusters) extentIn(c.row, c.x0, c.x1);
	for (const extents of rows.values()) extents.sort((a, b) => a[0] - b[0]);

	const places: ThumbnailPlace[] = [];
	for (const mark of marks) {
		if (!mark.showLabel) continue;
		const url = pictureOf(mark);
		if (!url) continue;
		// After the whole mark: a label drawn left of its point ends before the point.
		const after = Math.max(mark.right, mark.labelX + mark.labelWidth);
		const x = after + GAP;
		const end = x + THUMBNAIL_SIZE + GAP;
		if (end > width) continue;
		if (nextLeft(rows.get(mark.row)!, after) < end) continue;
		places.push({ mark, url, x });
	}
	return places;
}

/** The left edge of the first extent that starts after `from` (Infinity: none). */
function nextLeft(extents: ReadonlyArray<readonly [number, number]>, from: number): number {
	let lo = 0;
	let hi = extents.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (extents[mid]![0] <= from) lo = mid + 1;
		else hi = mid;
	}
	return extents[lo]?.[0] ?? Infinity;
}
