import type { Era, ResolvedEvent } from '$lib/story/types';
import { mainBody, type MainBody } from './mainBody';
import { createTimelineIndex, indexSteps, type TimelineIndex } from './timelineIndex';
import { CLOSEST_VIEW, closestView } from './zoomLimits';
import { toEraSpans, toTimelineEvent, type EraSpan, type TimelineEvent } from './timelineEvents';

/**
 * What the timeline draws a story from, built once by the page or embed that holds the story
 * and handed down as a plain value: its events indexed by time on the display zone's wall
 * clock, its eras there, and the domain the fitted view shows.
 */
export interface TimelineModel {
	index: TimelineIndex;
	eras: EraSpan[];
	/** Wall-clock range that holds every event and era (the fitted view: Fit all). */
	domain: [number, number];
	/** What the first view fits, when a few events far off would squash the rest (mainBody.ts). */
	body: MainBody | null;
	displayTimeZone: string;
	/** The least time the deepest zoom shows across the plot, in ms (zoomLimits.ts). */
	closestSpan: number;
}

/** Events turned to the wall clock between two pauses of the sliced build. */
export const MODEL_SLICE = 20_000;

/** The model of a story's events and eras in `displayTimeZone`. O(n), or O(n log n) unsorted. */
export function timelineModel(
	events: ResolvedEvent[],
	eras: Era[],
	displayTimeZone: string
): TimelineModel {
	const steps = modelSteps(events, eras, displayTimeZone, MODEL_SLICE);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}

/** How long the sliced build works before it pauses, in ms: well under a long task's 50. */
export const MODEL_STEP_MS = 12;

export interface ModelSlicing {
	/** Events turned to the wall clock, or indexed, in one step. */
	slice?: number;
	/** Steps run without a pause until this many ms have gone by (0: a pause after each). */
	budgetMs?: number;
	now?: () => number;
}

/**
 * The same model, built `slice` events at a time, with `pause()` between steps once a
 * step has taken the build past `budgetMs` since the last pause (a loader's way to keep each
 * task short: at 100,000 events each step takes tens of ms, while a small story is built at
 * once, with no task of its own to wait for).
 */
export async function timelineModelInSlices(
	events: ResolvedEvent[],
	eras: Era[],
	displayTimeZone: string,
	pause: () => Promise<void>,
	{
		slice = MODEL_SLICE,
		budgetMs = MODEL_STEP_MS,
		now = () => performance.now()
	}: ModelSlicing = {}
): Promise<TimelineModel> {
	const steps = modelSteps(events, eras, displayTimeZone, slice);
	let since = now();
	let step = steps.next();
	while (!step.done) {
		if (now() - since >= budgetMs) {
			await pause();
			since = now();
		}
		step = steps.next();
	}
	return step.value;
}

/** The model of events already on the wall clock (as tests and generated stories give them). */
export function timelineModelOf(
	events: TimelineEvent[],
	eras: EraSpan[],
	displayTimeZone: string,
	closestSpan = CLOSEST_VIEW.minute
): TimelineModel {
	return modelOfIndex(createTimelineIndex(events, eras), eras, displayTimeZone, closestSpan);
}

function modelOfIndex(
	index: TimelineIndex,
	eras: EraSpan[],
	displayTimeZone: string,
	closestSpan: number
): TimelineModel {
	return { index, eras, domain: index.domain, body: mainBody(index), displayTimeZone, closestSpan };
}

/** The build, one step per slice of events and one for the index: what both variants run. */
function* modelSteps(
	events: ResolvedEvent[],
	eras: Era[],
	displayTimeZone: string,
	slice: number
): Generator<void, TimelineModel> {
	const list: TimelineEvent[] = new Array(events.length);
	for (let from = 0; from < events.length; from += slice) {
		if (from > 0) yield;
		const to = Math.min(events.length, from + slice);
		for (let i = from; i < to; i++) list[i] = toTimelineEvent(events[i]!, displayTimeZone);
	}
	yield;
	const closest = closestView(events);
	const spans = toEraSpans(eras, displayTimeZone);
	yield;
	const index = yield* indexSteps(list, spans, undefined, slice);
	yield;
	return modelOfIndex(index, spans, displayTimeZone, closest);
}
