import { TZDate } from '@date-fns/tz';
import { isoLocalTimeText } from './calendarText';
import type { ResolvedDate } from '../types';
import { isoOffset } from './isoOffset';

/** An instant (a moment: `within` its own interval), written in `timeZone` with its offset (`2025-02-27T09:30:00-05:00`). */
export function instantDate(instant: Date, timeZone: string): ResolvedDate {
	const local = new TZDate(instant, timeZone);
	const written = isoLocalTimeText(local) + isoOffset(local);
	const utc = instant.toISOString();
	return {
		start: written,
		end: written,
		precision: 'instant',
		extent: 'within',
		timeZone,
		startsAt: utc,
		endsAt: utc
	};
}

/** TZDate's own toISOString writes the zone offset; the interval is stored in UTC. */
export function utcIso(date: Date): string {
	return new Date(date.getTime()).toISOString();
}
