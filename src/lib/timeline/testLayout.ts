import { layoutTimeline } from './layoutTimeline';
import { defaultTimelineOptions, type TimelineLayout, type TimelineOptions } from './layoutTypes';
import { createTimelineIndex, type TimelineIndex } from './timelineIndex';
import type { TimelineEvent } from './timelineEvents';

/** Layouts for tests: the default options in London, a plot 1,000 px wide. */
export const layoutOptions: TimelineOptions = {
	...defaultTimelineOptions,
	displayTimeZone: 'Europe/London'
};

export const identity = { k: 1, x: 0 };

/** The zoom that shows wall-clock [from, to] across `width`, as d3-zoom would set it. */
export function viewOf(
	index: TimelineIndex,
	layout: TimelineLayout,
	from: number,
	to: number,
	width: number
) {
	const toX = (t: number) => layout.scale(new Date(t));
	const k = width / (toX(to) - toX(from));
	return { k, x: -toX(from) * k };
}

export function lay(
	events: TimelineEvent[],
	width = 1000,
	transform = identity,
	pinned: string | null = null
) {
	const index = createTimelineIndex(events);
	return { index, layout: layoutTimeline(index, [], width, transform, layoutOptions, pinned) };
}

/** Every event is drawn once: as a mark or inside a cluster (when all are on screen). */
export function drawnCount(layout: TimelineLayout): number {
	return layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0);
}
