import { getContext, setContext } from 'svelte';
import type { TimeScale } from '$lib/timeline/timeScale';

/** What the Timeline shares with its layers (axis, marks): size and the zoomed scale. */
export interface TimelineContext {
	readonly width: number;
	readonly height: number;
	readonly scale: TimeScale;
	readonly displayTimeZone: string;
}

const key = Symbol('timeline');

export function setTimelineContext(context: TimelineContext): void {
	setContext(key, context);
}

export function getTimelineContext(): TimelineContext {
	return getContext<TimelineContext>(key);
}
