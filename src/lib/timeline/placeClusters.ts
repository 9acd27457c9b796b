import { LABEL_EDGE } from './layoutFrame';
import type { ClusterMark, EventMark } from './layoutTypes';
import { markShape } from './markGeometry';
import type { PackedCluster } from './packRows';
import { labelLeft, markAt, type Placement } from './placeMarks';

/**
 * The packed clusters on screen, in their track's cluster row (and the one that holds the
 * pinned event wherever it is). A "cluster" of one point is drawn as the point itself with
 * its label, where the label has room in the row (to the right of the point or else to its
 * left): those come back as `points`. No mark goes without its label or its count.
 * O(clusters).
 */
export function placeClusters(
	placement: Placement,
	packed: PackedCluster[],
	pinnedPlaced: boolean
): { clusters: ClusterMark[]; points: EventMark[]; pinnedPlaced: boolean } {
	const { frame, rows, pinned } = placement;
	const { index, width } = frame;
	const clusters: ClusterMark[] = [];
	const points: EventMark[] = [];
	// The pinned event's cluster, found by its bin rather than by searching every member.
	const holdsPinned = (c: PackedCluster): boolean =>
		!pinnedPlaced &&
		pinned !== undefined &&
		c.track === index.trackOf[pinned] &&
		index.starts[pinned]! <= c.end &&
		index.ends[pinned]! >= c.start &&
		c.members.includes(pinned);
	const gap = frame.options.labelGap;
	// The right end of what was drawn last in the cluster row of the track at hand.
	let rowRight = -Infinity;
	for (const [k, c] of packed.entries()) {
		if (k > 0 && packed[k - 1]!.track !== c.track) rowRight = -Infinity;
		const cluster = clusterAt(placement, c);
		const holds = holdsPinned(c);
		if (holds) pinnedPlaced = true;
		if (!(cluster.x1 >= 0 && cluster.x0 <= width) && !holds) continue;
		const single = c.members.length === 1 ? c.members[0]! : -1;
		if (single >= 0 && markShape(index.events[single]!) === 'point') {
			const t = c.track;
			const mark = markAt(frame, single, rows.clusterRow[t]!, rows.rowBase[t]!, rows.rowTop[t]!);
			const next = packed[k + 1];
			const limit = Math.min(
				width - LABEL_EDGE,
				next?.track === c.track ? clusterAt(placement, next).x0 - gap : Infinity
			);
			const clear = Math.max(LABEL_EDGE, rowRight + gap);
			const fits = mark.left >= clear && mark.right <= limit;
			if ((fits || labelLeft(frame, mark, clear)) && mark.right <= limit) {
				points.push(mark);
				rowRight = mark.right;
				continue;
			}
		}
		clusters.push(cluster);
		rowRight = cluster.x1;
	}
	return { clusters, points, pinnedPlaced };
}

function clusterAt({ frame, rows }: Placement, c: PackedCluster): ClusterMark {
	const { a, b, options } = frame;
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
		row: rows.rowBase[t]! + rows.clusterRow[t]!,
		top: rows.rowTop[t]! + rows.clusterRow[t]! * options.rowHeight
	};
}
