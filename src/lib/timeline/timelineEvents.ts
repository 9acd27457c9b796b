import type {
	DateBasis,
	DateExtent,
	DateModifier,
	DatePrecision,
	DateQualifier,
	Era,
	ResolvedEvent
} from '$lib/story/types';
import { describeWhen } from '$lib/format/when';
import type { EraSpan } from './layoutTimeline';
import { toWallClock } from './wallClock';

/** What the timeline needs of an event: its interval on the display zone's wall clock. */
export interface TimelineEvent {
	id: string;
	title: string;
	/** Wall-clock milliseconds in the display zone (see wallClock.ts), half-open. */
	start: number;
	end: number;
	precision: DatePrecision;
	/** Some time within its interval (a point) or throughout it (a bar): see markGeometry.ts. */
	extent: DateExtent;
	/**
	 * Whether its calendar unit is counted in a zone whose clock differs from the display
	 * zone's, so it is shifted against the axis's days.
	 */
	ownZone?: boolean;
	basis: DateBasis;
	modifier?: DateModifier;
	qualifier?: DateQualifier;
	/** The track the event is drawn in; null for none. */
	group?: string | null;
	/** Title, date words, resolved date, basis and group: the mark's accessible name. */
	readonly description: string;
}

/**
 * The events as the timeline draws them. The accessible name is built on first use: a
 * story of 100,000 events names only the few hundred marks a reader can see.
 */
export function toTimelineEvents(
	events: ResolvedEvent[],
	displayTimeZone: string
): TimelineEvent[] {
	return (
		builtBefore(events, displayTimeZone) ??
		keep(
			events,
			displayTimeZone,
			events.map((e) => new LazyTimelineEvent(e, displayTimeZone))
		)
	);
}

/**
 * As `toTimelineEvents`, built `slice` events at a time with `pause()` between slices (a
 * loader's way to keep each task short), and kept for `toTimelineEvents` to find.
 */
export async function buildTimelineEvents(
	events: ResolvedEvent[],
	displayTimeZone: string,
	pause: () => Promise<void>,
	slice = 20_000
): Promise<TimelineEvent[]> {
	const known = builtBefore(events, displayTimeZone);
	if (known) return known;
	const list: TimelineEvent[] = new Array(events.length);
	for (let from = 0; from < events.length; from += slice) {
		if (from > 0) await pause();
		const to = Math.min(events.length, from + slice);
		for (let i = from; i < to; i++) list[i] = new LazyTimelineEvent(events[i]!, displayTimeZone);
	}
	return keep(events, displayTimeZone, list);
}

/**
 * Each list built, by the events it was built from: a loader can build it ahead, in a task
 * of its own, and the timeline finds it (at 100,000 events it takes tens of milliseconds).
 * A story's events are replaced whole, never changed in place.
 */
const built = new WeakMap<ResolvedEvent[], { displayTimeZone: string; list: TimelineEvent[] }>();

const builtBefore = (events: ResolvedEvent[], displayTimeZone: string) => {
	const known = built.get(events);
	return known?.displayTimeZone === displayTimeZone ? known.list : undefined;
};

function keep(events: ResolvedEvent[], displayTimeZone: string, list: TimelineEvent[]) {
	built.set(events, { displayTimeZone, list });
	return list;
}

/** One shape for every event (no spread, no getter per object): cheap by the 100,000. */
class LazyTimelineEvent implements TimelineEvent {
	readonly id: string;
	readonly title: string;
	readonly start: number;
	readonly end: number;
	readonly precision: DatePrecision;
	readonly extent: DateExtent;
	readonly ownZone: boolean;
	readonly basis: DateBasis;
	readonly modifier?: DateModifier;
	readonly qualifier?: DateQualifier;
	readonly group: string | null;
	readonly #event: ResolvedEvent;
	#description: string | undefined;

	constructor(e: ResolvedEvent, displayTimeZone: string) {
		this.id = e.id;
		this.title = e.title;
		const startsAt = Date.parse(e.when.startsAt);
		this.start = toWallClock(startsAt, displayTimeZone);
		this.end = toWallClock(Date.parse(e.when.endsAt), displayTimeZone);
		this.precision = e.when.precision;
		this.extent = e.when.extent;
		this.ownZone =
			e.when.timeZone !== displayTimeZone && toWallClock(startsAt, e.when.timeZone) !== this.start;
		this.basis = e.when.basis;
		if (e.when.modifier) this.modifier = e.when.modifier;
		if (e.when.qualifier) this.qualifier = e.when.qualifier;
		this.group = e.group ?? null;
		this.#event = e;
	}

	get description(): string {
		return (this.#description ??= describeEvent(this.#event));
	}
}

/**
 * A mark's accessible name: "Grace Hopper, 1906 – 1992 (inferred)", and the group it is
 * drawn in when it has one: "…, group: Pioneers" (the track's label is not read with it).
 */
export function describeEvent(event: Pick<ResolvedEvent, 'title' | 'when' | 'group'>): string {
	const group = event.group ? `, group: ${event.group}` : '';
	return `${event.title}, ${describeWhen(event.when)}${group}`;
}

/**
 * From the earliest start to the latest end of `events` on the display zone's wall clock (as
 * `toTimelineEvents` places them), in one pass that builds no list: for a shell that only
 * needs the extent (the fitted view) of a story the timeline lays out itself.
 */
export function wallClockExtent(
	events: readonly { when: Pick<ResolvedEvent['when'], 'startsAt' | 'endsAt'> }[],
	displayTimeZone: string
): { start: number; end: number } {
	if (events.length === 0) throw new Error('an extent needs at least one event');
	let start = Infinity;
	let end = -Infinity;
	for (const { when } of events) {
		const s = toWallClock(Date.parse(when.startsAt), displayTimeZone);
		const e = toWallClock(Date.parse(when.endsAt), displayTimeZone);
		if (s < start) start = s;
		if (e > end) end = e;
	}
	return { start, end };
}

/** A story's eras on the display zone's wall clock, for the background bands. */
export function toEraSpans(eras: Era[], displayTimeZone: string): EraSpan[] {
	return eras.map((era) => ({
		id: era.id,
		label: era.label,
		start: toWallClock(Date.parse(era.startsAt), displayTimeZone),
		end: toWallClock(Date.parse(era.endsAt), displayTimeZone)
	}));
}
