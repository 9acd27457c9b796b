import { TZDate } from '@date-fns/tz';
import { addDays, startOfISOWeek, setISOWeek } from 'date-fns';

/**
 * A gold value of the evaluation table, written in TIMEX3's style (the value of a `DATE` or
 * `TIME` timex), as an absolute half-open interval of milliseconds in the article's zone.
 *
 * - `2025-02-28`, `2025-02`, `2025`, `199X` (a decade), `2025-W09` (an ISO week);
 * - `2025-Q3`, `2025-H1` (quarters and halves of the calendar year), `FY1990` (the United
 *   States government's fiscal year: October 1989 to September 1990);
 * - `2025-SP`, `-SU`, `-FA`, `-WI`: meteorological seasons in the zone's hemisphere (a winter
 *   belongs to the year it starts in, as in EDTF);
 * - `2025-02-28T09:00` a time (to the minute), `2025-02-28TMO`, `TAF`, `TEV`, `TNI` parts of
 *   a day (05–12, 12–18, 18–24, 18 to 06 the next day);
 * - `A/B` from the start of A to the end of B;
 * - `<V` by V (TIMEX's `mod="BEFORE"`: a deadline); `>V` since V (`mod="AFTER"`);
 * - `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`: tied to the publication without a date;
 * - `-` a timex with no calendar value (a duration, a set): found or not, it is not scored.
 */
export type GoldValue =
	| {
			kind: 'interval';
			from: number;
			to: number;
			instant: boolean;
			/** Written `A/B`: a reading must give both ends. */
			range: boolean;
			mod?: 'before' | 'after';
	  }
	| { kind: 'ref'; ref: 'past' | 'present' | 'future' }
	| { kind: 'none' };

const MINUTE = 60_000;
const PARTS: Record<string, [number, number]> = {
	MO: [5, 12],
	AF: [12, 18],
	EV: [18, 24],
	NI: [18, 30]
};
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** Zones of places south of the equator used in the table. */
const SOUTHERN =
	/^(?:Australia|Pacific\/Auckland|America\/(?:Sao_Paulo|Argentina|Santiago)|Africa\/Johannesburg)/;

type Span = [number, number];

/** Whether the month and day are on the calendar (no 31 April, no month 13). */
function onCalendar(y: number, m: number, d = 1): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const at = (zone: string, y: number, m = 1, d = 1, h = 0, min = 0) =>
	new TZDate(y, m - 1, d, h, min, zone).getTime();

function months(zone: string, year: number, first: number, count: number): Span {
	return [at(zone, year, first), at(zone, year, first + count)];
}

/** One value without `/`, `<` or `>`, or null where it is not one the table writes. */
function span(value: string, zone: string): Span | null {
	const [, y, m, d] = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)/.exec(value) ?? [];
	if (y && !onCalendar(+y, +m!, d ? +d : 1)) return null;
	let match: RegExpExecArray | null;
	if ((match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value))) {
		const [y, m, d, h, min] = match.slice(1).map(Number) as [
			number,
			number,
			number,
			number,
			number
		];
		const from = at(zone, y, m, d, h, min);
		return [from, from + MINUTE];
	}
	if ((match = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/.exec(value))) {
		const [y, m, d] = match.slice(1, 4).map(Number) as [number, number, number];
		const [first, last] = PARTS[match[4]!]!;
		return [at(zone, y, m, d, first), at(zone, y, m, d, last)];
	}
	if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
		const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
		return [at(zone, y, m, d), at(zone, y, m, d + 1)];
	}
	if ((match = /^(\d{4})-W(\d{2})$/.exec(value))) {
		const monday = startOfISOWeek(setISOWeek(new Date(Number(match[1]), 5, 1), Number(match[2])));
		const sunday = addDays(monday, 7);
		return [
			at(zone, monday.getFullYear(), monday.getMonth() + 1, monday.getDate()),
			at(zone, sunday.getFullYear(), sunday.getMonth() + 1, sunday.getDate())
		];
	}
	if ((match = /^(\d{4})-(\d{2})$/.exec(value))) return months(zone, +match[1]!, +match[2]!, 1);
	if ((match = /^(\d{4})-Q([1-4])$/.exec(value)))
		return months(zone, +match[1]!, (+match[2]! - 1) * 3 + 1, 3);
	if ((match = /^(\d{4})-H([12])$/.exec(value)))
		return months(zone, +match[1]!, (+match[2]! - 1) * 6 + 1, 6);
	if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const first = SEASON_MONTH[match[2]!]! + (SOUTHERN.test(zone) ? 6 : 0);
		return months(zone, +match[1]!, first > 12 ? first - 12 : first, 3);
	}
	if ((match = /^FY(\d{4})$/.exec(value))) return months(zone, +match[1]! - 1, 10, 12);
	if ((match = /^(\d{3})X$/.exec(value)))
		return [at(zone, +match[1]! * 10), at(zone, +match[1]! * 10 + 10)];
	if ((match = /^(\d{4})$/.exec(value))) return [at(zone, +match[1]!), at(zone, +match[1]! + 1)];
	return null;
}

/** The gold value `value` in `zone`, or an error naming it. */
export function goldValue(value: string, zone: string): GoldValue {
	if (value === '-') return { kind: 'none' };
	if (value === 'PAST_REF') return { kind: 'ref', ref: 'past' };
	if (value === 'PRESENT_REF') return { kind: 'ref', ref: 'present' };
	if (value === 'FUTURE_REF') return { kind: 'ref', ref: 'future' };
	const mod = value.startsWith('<') ? 'before' : value.startsWith('>') ? 'after' : undefined;
	const body = mod ? value.slice(1) : value;
	const [first, last, ...rest] = body.split('/');
	const a = span(first!, zone);
	const b = last === undefined ? a : span(last, zone);
	if (!a || !b || rest.length > 0 || b[1] <= a[0]) {
		throw new Error(`Gold value "${value}" is not one the table writes (see goldValue.ts)`);
	}
	return {
		kind: 'interval',
		from: a[0],
		to: b[1],
		instant: last === undefined && /T\d/.test(body),
		range: last !== undefined,
		...(mod && { mod })
	};
}
