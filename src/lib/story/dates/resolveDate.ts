import { resolveDayWords } from './dateRules';
import type { DayInterval } from './dayRule';
import { dayFacts } from './dayFacts';
import { NEEDS_OFFSET, parseEdtf } from './edtf';
import { instantDate } from './instant';
import { referenceDay } from './referenceDay';
import { resolveEdtf } from './resolveEdtf';
import { parseIsoInstant } from './isoDate';
import { isValidTimeZone, unknownTimeZoneMessage } from './timeZone';
import type { ResolvedDate } from '../types';

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
const UNRECOGNISED_HINT = 'expected e.g. "this Friday", "earlier this week", "19 February 2025"';

/**
 * Resolves date words (`this Friday`, `earlier this week`, `by 2027`, `19 February 2025`,
 * `from Monday to Wednesday`, `2025-02-27T09:30-05:00`) against a publication date, in the event's time zone, or EDTF
 * (`1970-04`, `196X`, `1815~`, `1943-07/1946`, `1985/..`: see dates/edtf.ts), optionally
 * after `in` (`in 1952`). Case-insensitive; surrounding space and a trailing full stop are
 * ignored. Its `extent` is what the words imply: a written range or an EDTF interval lasts
 * `throughout`; other date words, an EDTF set and a single date or time give `within`.
 */
export function resolveDateExpression(expression: string, context: ResolveContext): ResolveResult {
	const { timeZone } = context;
	for (const zone of [context.publishedTimeZone, timeZone]) {
		if (!isValidTimeZone(zone)) return { ok: false, message: unknownTimeZoneMessage(zone) };
	}
	const reference = referenceDay(context.published, context.publishedTimeZone, timeZone);
	if (!reference) {
		return {
			ok: false,
			message: `Publication date "${context.published}" is not an ISO date (2025-02-27) or date-time with offset (2025-02-27T09:30:00+00:00)`
		};
	}

	const words = normalise(expression);
	const instant = parseIsoInstant(words);
	if (instant) return { ok: true, date: instantDate(instant, timeZone) };

	// An open end (`1985/..`) ends in full stops that are not a sentence's.
	const edtfWords = words.endsWith('/.') ? `${words}.` : words;
	const edtf = parseEdtf(edtfWords.replace(/^in /, ''));
	if (edtf) {
		const resolved = edtf.ok ? resolveEdtf(edtf.value, timeZone) : edtf;
		if (resolved.ok) return resolved;
		return { ok: false, message: `Cannot resolve "${expression.trim()}": ${resolved.message}` };
	}

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
 * Whole days as a half-open UTC interval: 23 or 25 hours where daylight saving changes.
 * The days' facts are looked up (see dates/dayFacts.ts): `first` and `last` are both in the
 * event zone, so they are the same day exactly when their days start at the same instant.
 */
function daysDate(
	{ first, last, modifier, precision, ends, extent = 'within' }: DayInterval,
	timeZone: string
): ResolvedDate {
	const from = dayFacts(first);
	const to = dayFacts(last);
	// A whole month or year is written at its own precision: `2025-01`, `1962`.
	const written = precision ?? ends ?? 'day';
	const date: ResolvedDate = {
		start: from[written],
		end: to[written],
		precision: precision ?? (from.startsAt === to.startsAt ? 'day' : 'span'),
		extent,
		timeZone,
		startsAt: from.startsAt,
		endsAt: to.nextStartsAt
	};
	return modifier ? { ...date, modifier } : date;
}
