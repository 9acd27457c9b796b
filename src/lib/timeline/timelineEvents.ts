import type {
	DateBasis,
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
	return events.map((e) => {
		let description: string | undefined;
		return {
			id: e.id,
			title: e.title,
			start: toWallClock(Date.parse(e.when.startsAt), displayTimeZone),
			end: toWallClock(Date.parse(e.when.endsAt), displayTimeZone),
			precision: e.when.precision,
			basis: e.when.basis,
			...(e.when.modifier ? { modifier: e.when.modifier } : {}),
			...(e.when.qualifier ? { qualifier: e.when.qualifier } : {}),
			group: e.group ?? null,
			get description() {
				return (description ??= describeEvent(e));
			}
		};
	});
}

/**
 * A mark's accessible name: "Grace Hopper, 1906 – 1992 (inferred)", and the group it is
 * drawn in when it has one: "…, group: Pioneers" (the track's label is not read with it).
 */
export function describeEvent(event: Pick<ResolvedEvent, 'title' | 'when' | 'group'>): string {
	const group = event.group ? `, group: ${event.group}` : '';
	return `${event.title}, ${describeWhen(event.when)}${group}`;
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
