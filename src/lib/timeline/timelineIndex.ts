import { groupsOf, trackLabels } from '$lib/story/groups';
import type { TimelineEvent } from './timelineEvents';
import { fitDomain, type Interval } from './timeScale';

/** Where each event is in the index's `events`, by id (a Map, or a view of another index's). */
export interface Positions {
	get(id: string): number | undefined;
	has(id: string): boolean;
}

/** Events per block of the interval index: a block is skipped when all of it ends too early. */
const BLOCK = 64;

/** A track: the events of one group (or all events, when the story has no groups). */
export interface Track {
	/** The group's label; null for the one track of a story without groups. */
	label: string | null;
}

/**
 * Events sorted by time with what a frame needs to find the visible ones by binary search
 * instead of looking at every event: built once per story, O(n log n).
 */
export interface TimelineIndex {
	/** In time order: by start, then end, then id. */
	events: TimelineEvent[];
	starts: Float64Array;
	ends: Float64Array;
	/** The latest end in each block of `BLOCK` events. */
	blockMaxEnd: Float64Array;
	/** Track number of each event. */
	trackOf: Uint16Array;
	tracks: Track[];
	/** Position of each event id in `events`. */
	position: Positions;
	/** Wall-clock range that holds every event and era (the fitted view, see fitDomain). */
	domain: [number, number];
}

/** By start, then end, then id: the order of the index. */
function byTime(a: TimelineEvent, b: TimelineEvent): number {
	return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A loaded story's events come sorted by their instants (loadStory.ts), which is their
 * order on the wall clock too, but in the hour a clock is set back: so they are sorted here
 * only when some pair is out of order. O(n) for a loaded story, O(n log n) otherwise.
 */
function inTimeOrder(events: TimelineEvent[]): TimelineEvent[] {
	for (let i = 1; i < events.length; i++)
		if (byTime(events[i - 1]!, events[i]!) > 0) return [...events].sort(byTime);
	return events;
}

/**
 * The index of `input` (which it does not change): one pass once in time order. Its domain
 * holds the events and the story's `eras` (which are drawn as bands, not indexed). Events
 * already in time order may come with their `positions` (a search's, filterModel.ts), and
 * no map of ids is built.
 */
export function createTimelineIndex(
	input: TimelineEvent[],
	eras: readonly Interval[] = [],
	positions?: Positions
): TimelineIndex {
	const steps = indexSteps(input, eras, positions, Infinity);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}

/**
 * The same index built in steps, a pause (`yield`) after the order is checked, after the
 * groups, and after each `slice` events of the pass (timelineModel.ts): at 100,000 events
 * the whole build took 80–140 ms in Node, too long for one task of a page loading a story.
 */
export function* indexSteps(
	input: TimelineEvent[],
	eras: readonly Interval[],
	positions: Positions | undefined,
	slice: number
): Generator<void, TimelineIndex> {
	if (input.length === 0) throw new Error('a timeline needs at least one event');
	const events = positions ? input : inTimeOrder(input);
	yield;
	const n = events.length;
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	const blockMaxEnd = new Float64Array(Math.ceil(n / BLOCK)).fill(-Infinity);
	const ids = positions ? null : new Map<string, number>();
	// Tracks in the order their first event happens; events without a group go last.
	const { labels, of: trackOf } = groupsOf(events);
	const tracks: Track[] = trackLabels(labels).map((label) => ({ label }));
	let lastEnd = -Infinity;
	for (let from = 0; from < n; from += slice) {
		yield;
		const to = Math.min(n, from + slice);
		for (let i = from; i < to; i++) {
			const e = events[i]!;
			starts[i] = e.start;
			ends[i] = e.end;
			const b = Math.floor(i / BLOCK);
			if (e.end > blockMaxEnd[b]!) blockMaxEnd[b] = e.end;
			if (e.end > lastEnd) lastEnd = e.end;
			ids?.set(e.id, i);
		}
	}
	// The one place the fitted domain is worked out.
	const domain = fitDomain([{ start: starts[0]!, end: lastEnd }, ...eras]);
	return {
		events,
		starts,
		ends,
		blockMaxEnd,
		trackOf,
		tracks,
		position: positions ?? ids!,
		domain
	};
}

/** The first position whose start is greater than `t` (starts are sorted). */
export function upperBound(starts: Float64Array, t: number): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (starts[mid]! <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Calls `visit` with the position of every event whose interval meets [t0, t1], in time
 * order. Binary search bounds the starts; blocks that end before t0 are skipped whole, so
 * the work follows the events in the window plus n / 64, not n.
 */
export function eventsBetween(
	index: TimelineIndex,
	t0: number,
	t1: number,
	visit: (i: number) => void
): void {
	const next = eventsCursor(index, t0, t1);
	for (let i = next(); i >= 0; i = next()) visit(i);
}

/**
 * The positions `eventsBetween` visits, one per call and then -1: a walk that can stop
 * between any two events and go on later (packing in slices, see packingSlices.ts).
 */
export function eventsCursor(index: TimelineIndex, t0: number, t1: number): () => number {
	const { starts, ends, blockMaxEnd } = index;
	const stop = upperBound(starts, t1);
	let i = 0;
	return () => {
		while (i < stop) {
			if (i % BLOCK === 0 && blockMaxEnd[i / BLOCK]! < t0) {
				i += BLOCK;
				continue;
			}
			const at = i++;
			if (ends[at]! >= t0) return at;
		}
		return -1;
	};
}

/** About how many events a walk over [t0, t1] meets: those that start there. O(log n). */
export function eventsStartingBetween(index: TimelineIndex, t0: number, t1: number): number {
	return upperBound(index.starts, t1) - upperBound(index.starts, t0);
}
