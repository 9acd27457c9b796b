import type { ResolvedStory } from '$lib/story/types';
import { createTimelineIndex } from '$lib/timeline/timelineIndex';
import { buildTimelineEvents } from '$lib/timeline/timelineEvents';

/**
 * Builds what the timeline draws a story from (its events on the wall clock, in slices, then
 * their index by time) before the embed draws it, in tasks of their own. Both keep what
 * they built, so the timeline finds them ready: at 100,000 events each takes tens of
 * milliseconds, which would otherwise add up in the one task that draws the story.
 */
export async function prepareTimeline(story: ResolvedStory): Promise<void> {
	const events = await buildTimelineEvents(story.events, story.displayTimeZone, nextTask);
	await nextTask();
	if (events.length > 0) createTimelineIndex(events);
	await nextTask();
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
