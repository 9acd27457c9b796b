import { MinHeap } from './minHeap';

/** The horizontal footprint of one mark and its label, in pixels. */
export interface Footprint {
	id: string;
	x0: number;
	x1: number;
}

/**
 * Interval packing: each footprint, in order of its left edge, takes the lowest-numbered
 * lane whose last footprint ends at least `gap` pixels before it starts. Labels are part of
 * the footprint, so no two labels in a lane overlap. Two heaps (busy lanes by end, free
 * lanes by number) keep it O(n log n) for thousands of events.
 */
export function assignLanes(footprints: Footprint[], gap = 8): Map<string, number> {
	const ordered = [...footprints].sort(
		(a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : 1)
	);
	const busy = new MinHeap<{ lane: number; end: number }>((a, b) => a.end < b.end);
	const free = new MinHeap<number>((a, b) => a < b);
	const lanes = new Map<string, number>();
	let laneCount = 0;
	for (const f of ordered) {
		while (busy.size > 0 && busy.peek()!.end + gap <= f.x0) free.push(busy.pop()!.lane);
		const lane = free.size > 0 ? free.pop()! : laneCount++;
		busy.push({ lane, end: f.x1 });
		lanes.set(f.id, lane);
	}
	return lanes;
}
