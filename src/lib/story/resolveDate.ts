import { TZDate } from '@date-fns/tz';
import { addDays, format, isSameDay, startOfDay } from 'date-fns';
import { resolveDayWords, type DayInterval } from './dateRules';
import { ISO_DAY, parseIsoDay, parseIsoInstant } from './isoDate';
import { isValidTimeZone, unknownTimeZoneMessage } from './timeZone';
import type { ResolvedDate } from './types';

export interface ResolveContext {
	/** Publication date: ISO date (`2025-02-27`) or date-time with offset. */
	published: string;
	/** Zone of the publication; its calendar day there is the reference day. */
	publishedTimeZone: string;
	/** The event's zone, in which the resolved calendar days are counted. */
	timeZone: string;
	/** For a weekday without `this`/`next`/`last`: see `bareWeekday` in dateRules.ts. */
	direction?: 'past' | 'future';
}

export type ResolveResult = { ok: true; date: ResolvedDate } | { ok: false; message: string };

/** Shaped like a date-time, but not a valid one with an offset. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}t\d/;
const NEEDS_OFFSET =
	'a date-time must be a real one and carry its UTC offset, e.g. "2025-02-27T09:30-05:00" or "2025-02-27T14:30Z"';
const UNRECOGNISED_HINT = 'expected e.g. "this Friday", "earlier this week", "19 February 2025"';

/**
 * Resolves date words (`this Friday`, `earlier this week`, `by 2027`, `19 February 2025`,
 * `2025-02-27T09:30-05:00`) against a publication date, in the event's time zone.
 * Case-insensitive; surrounding space and a trailing full stop are ignored.
 */
export function resolveDateExpression(expression: string, context: ResolveContext): ResolveResult {
	const { timeZone } = context;
	for (const zone of [context.publishedTimeZone, timeZone]) {
		if (!isValidTimeZone(zone)) return { ok: false, message: unknownTimeZoneMessage(zone) };
	}
	const reference = referenceDay(context);
	if (!reference) {
		return {
			ok: false,
			message: `Publication date "${context.published}" is not an ISO date (2025-02-27) or date-time with offset (2025-02-27T09:30:00+00:00)`
		};
	}

	const words = normalise(expression);
	const instant = parseIsoInstant(words);
	if (instant) return { ok: true, date: instantDate(instant, timeZone) };

	if (LOCAL_DATE_TIME.test(words)) {
		return { ok: false, message: `Cannot resolve "${expression.trim()}": ${NEEDS_OFFSET}` };
	}

	const result = resolveDayWords(words, { reference, timeZone, direction: context.direction });
	if (result === null) {
		return {
			ok: false,
			message: `Unrecognised date words "${expression.trim()}"; ${UNRECOGNISED_HINT}`
		};
	}
	if (!result.ok) {
		return { ok: false, message: `Cannot resolve "${expression.trim()}": ${result.message}` };
	}
	return { ok: true, date: daysDate(result.interval, timeZone) };
}

function normalise(expression: string): string {
	return expression.trim().replace(/\.$/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The publication's calendar date, taken in its own zone, as the start of that same
 * calendar date in the event zone (the date is not shifted between zones).
 */
function referenceDay(context: ResolveContext): TZDate | null {
	const instant = parseIsoInstant(context.published);
	const isoDay = instant
		? format(new TZDate(instant, context.publishedTimeZone), ISO_DAY)
		: context.published;
	return parseIsoDay(isoDay, context.timeZone);
}

function instantDate(instant: Date, timeZone: string): ResolvedDate {
	const local = new TZDate(instant, timeZone);
	const pattern =
		local.getMilliseconds() === 0 ? "yyyy-MM-dd'T'HH:mm:ssxxx" : "yyyy-MM-dd'T'HH:mm:ss.SSSxxx";
	const written = format(local, pattern);
	const utc = instant.toISOString();
	return {
		start: written,
		end: written,
		precision: 'instant',
		timeZone,
		startsAt: utc,
		endsAt: utc
	};
}

/** Whole days as a half-open UTC interval: 23 or 25 hours where daylight saving changes. */
function daysDate(
	{ first, last, modifier, precision }: DayInterval,
	timeZone: string
): ResolvedDate {
	// A whole month or year is written at its own precision: `2025-01`, `1962`.
	const written = precision === 'month' ? 'yyyy-MM' : precision === 'year' ? 'yyyy' : ISO_DAY;
	const date: ResolvedDate = {
		start: format(first, written),
		end: format(last, written),
		precision: precision ?? (isSameDay(first, last) ? 'day' : 'span'),
		timeZone,
		startsAt: utcIso(startOfDay(first)),
		endsAt: utcIso(startOfDay(addDays(last, 1)))
	};
	return modifier ? { ...date, modifier } : date;
}

/** TZDate's own toISOString writes the zone offset; the interval is stored in UTC. */
function utcIso(date: Date): string {
	return new Date(date.getTime()).toISOString();
}
