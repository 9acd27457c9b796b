import { createTimelineIndex, type Positions } from './timelineIndex';
import type { TimelineModel } from './timelineModel';

/**
 * The model of only some of its events (positions in `model.index.events`, ascending): tracks,
 * rows and clusters are worked out again from them, but the fitted domain stays the story's,
 * so a view stays where it is while a search narrows. Null when nothing is kept. O(n): an
 * event's position is found through the story's own (a binary search in `keep`), so no map
 * of ids is built on each keystroke.
 */
export function filterModel(model: TimelineModel, keep: ArrayLike<number>): TimelineModel | null {
	if (keep.length === 0) return null;
	const all = model.index.events;
	const events = new Array(keep.length);
	for (let k = 0; k < keep.length; k++) events[k] = all[keep[k]!]!;
	const index = {
		...createTimelineIndex(events, [], keptPositions(model.index.position, keep)),
		domain: model.index.domain
	};
	return { ...model, index };
}

/** Positions among `keep` (ascending positions of the story's), from the story's own. */
function keptPositions(story: Positions, keep: ArrayLike<number>): Positions {
	const get = (id: string): number | undefined => {
		const p = story.get(id);
		if (p === undefined) return undefined;
		let lo = 0;
		let hi = keep.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (keep[mid]! < p) lo = mid + 1;
			else hi = mid;
		}
		return keep[lo] === p ? lo : undefined;
	};
	return { get, has: (id) => get(id) !== undefined };
}
