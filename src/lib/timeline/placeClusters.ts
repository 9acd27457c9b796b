import type { ClusterMark, EventMark } from './layoutTypes';
import { markShape } from './markGeometry';
import type { PackedCluster } from './packRows';
import { hideLabel, markAt, type Placement } from './placeMarks';

/**
 * The packed clusters on screen, in their track's cluster row (and the one that holds the
 * pinned event wherever it is). A "cluster" of one point is drawn as the point itself, when
 * it sits inside its bin: those come back as `points`. O(clusters).
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
	for (const c of packed) {
		const cluster = clusterAt(placement, c);
		const holds = holdsPinned(c);
		if (holds) pinnedPlaced = true;
		if (!(cluster.x1 >= 0 && cluster.x0 <= width) && !holds) continue;
		const single = c.members.length === 1 ? c.members[0]! : -1;
		if (single >= 0 && markShape(index.events[single]!) === 'point') {
			const t = c.track;
			const mark = markAt(frame, single, rows.clusterRow[t]!, rows.rowBase[t]!, rows.rowTop[t]!);
			hideLabel(frame, mark);
			if (mark.left >= cluster.x0 && mark.right <= cluster.x1) {
				points.push(mark);
				continue;
			}
		}
		clusters.push(cluster);
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
