/** The horizontal footprint of one mark and its label, in pixels. */
export interface Footprint {
	id: string;
	x0: number;
	x1: number;
}

/**
 * Greedy interval packing: each footprint, in order of its left edge, takes the first
 * lane whose last footprint ends at least `gap` pixels before it starts. Labels are part
 * of the footprint, so no two labels in a lane overlap.
 */
export function assignLanes(footprints: Footprint[], gap = 8): Map<string, number> {
	const ordered = [...footprints].sort(
		(a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : 1)
	);
	const laneEnds: number[] = [];
	const lanes = new Map<string, number>();
	for (const f of ordered) {
		let lane = laneEnds.findIndex((end) => end + gap <= f.x0);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = f.x1;
		lanes.set(f.id, lane);
	}
	return lanes;
}
