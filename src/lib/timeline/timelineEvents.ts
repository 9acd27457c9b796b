import type { DateBasis } from '$lib/story/storyInput';
import type {
	DateExtent,
	DateModifier,
	DatePrecision,
	DateQualifier,
	Era,
	ResolvedEvent
} from '$lib/story/types';
import { describeWhen } from '$lib/format/when';
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
	/** The address of its picture, where its media is an image. */
	readonly picture?: string;
}

/**
 * An event as the timeline draws it. The accessible name is built on first use: a story of
 * 100,000 events names only the few hundred marks a reader can see.
 */
export function toTimelineEvent(event: ResolvedEvent, displayTimeZone: string): TimelineEvent {
	return new LazyTimelineEvent(event, displayTimeZone);
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

	get picture(): string | undefined {
		const media = this.#event.media;
		return media?.kind === 'image' ? media.url : undefined;
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

/** A named period on the wall clock, drawn as a background band. */
export interface EraSpan {
	id: string;
	label: string;
	start: number;
	end: number;
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
