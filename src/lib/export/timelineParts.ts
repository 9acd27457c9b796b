import { baseScale } from '$lib/timeline/layoutFrame';
import { layoutTimeline } from '$lib/timeline/layoutTimeline';
import { timelineModel } from '$lib/timeline/timelineModel';

/**
 * The timeline's own code that the exporters draw with, handed to them by the page that
 * offers them (it lays out its timeline with the same code, so this costs its first load
 * nothing). The exporters, loaded on first use, import none of it: a chunk loaded on demand
 * that imports the timeline's scale makes the bundler split modules out of the first load.
 */
export const timelineParts = { baseScale, layoutTimeline, timelineModel };
export type TimelineParts = typeof timelineParts;
