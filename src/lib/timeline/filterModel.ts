import { createTimelineIndex } from './timelineIndex';
import type { TimelineModel } from './timelineModel';

/**
 * The model of only some of its events (positions in `model.index.events`, in order): tracks,
 * rows and clusters are worked out again from them, but the fitted domain stays the story's,
 * so a view stays where it is while a search narrows. Null when nothing is kept. O(n).
 */
export function filterModel(model: TimelineModel, keep: ArrayLike<number>): TimelineModel | null {
	if (keep.length === 0) return null;
	const all = model.index.events;
	const events = new Array(keep.length);
	for (let k = 0; k < keep.length; k++) events[k] = all[keep[k]!]!;
	const index = { ...createTimelineIndex(events), domain: model.index.domain };
	return { ...model, index };
}
