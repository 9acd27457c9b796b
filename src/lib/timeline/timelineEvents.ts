import type { DateBasis, DatePrecision, ResolvedEvent } from '$lib/story/types';
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
	basis: DateBasis;
	/** Title, date words, resolved date and basis: the mark's accessible name. */
	description: string;
}

export function toTimelineEvents(
	events: ResolvedEvent[],
	displayTimeZone: string
): TimelineEvent[] {
	return events.map((e) => ({
		id: e.id,
		title: e.title,
		start: toWallClock(Date.parse(e.when.startsAt), displayTimeZone),
		end: toWallClock(Date.parse(e.when.endsAt), displayTimeZone),
		precision: e.when.precision,
		basis: e.when.basis,
		description: `${e.title}, ${describeWhen(e.when)}`
	}));
}
