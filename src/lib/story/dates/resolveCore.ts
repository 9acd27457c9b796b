import type { DayInterval } from './dayRule';
import { dayFacts } from './dayFacts';
import { parseEdtf } from './edtf';
import { instantDate } from './instant';
import { referenceDay } from './referenceDay';
import { resolveEdtf } from './resolveEdtf';
import { parseIsoInstant } from './isoDate';
import { isValidTimeZone } from './timeZone';
import { around, failed, said, type Failed, type Said } from '../said';
import type { ResolvedDate } from '../types';
import type { WordReading } from './wordReading';

export interface ResolveContext {
	/**
	 * Publication date: ISO date (`2025-02-27`) or date-time with offset; null where it is
	 * not known, and then only dates that need no reference day (EDTF, ISO) resolve.
	 */
	published: string | null;
	/** Zone of the publication; its calendar day there is the reference day. */
	publishedTimeZone: string;
	/** The event's zone, in which the resolved calendar days are counted. */
	timeZone: string;
	/** For a weekday without `this`/`next`/`last`: see `bareWeekday` in dateRules.ts. */
	direction?: 'past' | 'future';
	/**
	 * `published` stands for another date the words count from (`three months later` after
	 * a dated happening): `later` and `after` then count on from it. See dates/relativeUnits.ts.
	 */
	countsFrom?: true;
	/** The source's language: the day its weeks start on (see weekStart.ts). */
	language?: string;
}

/** On success, `assumption` says what the reading takes for granted, where it takes anything. */
export type ResolveResult = { ok: true; date: ResolvedDate; assumption?: Said } | Failed;

/** The resolved date, carrying what its reading takes for granted where it takes anything. */
export function datedWith(result: Extract<ResolveResult, { ok: true }>): ResolvedDate {
	const { assumption } = result;
	return assumption
		? { ...result.date, assumption: assumption.message, assumes: assumption.says }
		: result.date;
}

/** Shaped like a date-time, but not a valid one with an offset. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}t\d/;

/** `words` cannot be resolved, for `reason`. */
const cannot = (words: string, reason: Said): Failed => ({
	ok: false,
	...around('cannotResolve', { words: words.trim() }, 'reason', reason)
});

/**
 * Resolves date words (`this Friday`, `earlier this week`, `by 2027`, `19 February 2025`,
 * `from Monday to Wednesday`, `2025-02-27T09:30-05:00`) against a publication date, in the event's time zone, or EDTF
 * (`1970-04`, `196X`, `1815~`, `1943-07/1946`, `1985/..`: see dates/edtf.ts), optionally
 * after `in` (`in 1952`). Case-insensitive; surrounding space and a trailing full stop are
 * ignored. Its `extent` is what the words imply: a written range or an EDTF interval lasts
 * `throughout`; other date words, an EDTF set and a single date or time give `within`.
 * `words` are the rules that read date words (wordReading.ts, resolveDate.ts passes them);
 * without them ISO and EDTF resolve as ever, and date words fail with a message saying so.
 */
export function resolveDateWith(
	expression: string,
	context: ResolveContext,
	words: WordReading | null
): ResolveResult {
	const { timeZone, published } = context;
	const zones = published === null ? [timeZone] : [context.publishedTimeZone, timeZone];
	for (const zone of zones) {
		if (!isValidTimeZone(zone)) return failed('unknownZone', { zone });
	}
	const reference =
		published === null ? null : referenceDay(published, context.publishedTimeZone, timeZone);
	if (published !== null && !reference) {
		return failed('publishedNotIso', { value: published });
	}

	const written = normalise(expression);
	const instant = parseIsoInstant(written);
	if (instant) return { ok: true, date: instantDate(instant, timeZone) };

	// An open end (`1985/..`) ends in full stops that are not a sentence's.
	const edtfWords = written.endsWith('/.') ? `${written}.` : written;
	const edtf = parseEdtf(edtfWords.replace(/^in /, ''));
	if (edtf) {
		const resolved = edtf.ok ? resolveEdtf(edtf.value, timeZone) : edtf;
		if (resolved.ok) return resolved;
		return cannot(expression, resolved);
	}

	if (LOCAL_DATE_TIME.test(written)) {
		return cannot(expression, said('needsOffset'));
	}

	if (!reference) {
		return cannot(expression, said('noPublication'));
	}
	const ruleContext = {
		reference,
		timeZone,
		direction: context.direction,
		...(context.countsFrom && { countsFrom: true as const }),
		...(context.language && { language: context.language })
	};
	if (!words) return cannot(expression, said('noWordRules'));
	const timed = words.resolveTimeOfDay(written, ruleContext);
	if (timed) {
		if (timed.ok) return timed;
		return cannot(expression, timed);
	}
	const result = words.resolveDayWords(written, ruleContext);
	if (result === null) {
		return failed('unrecognised', { words: expression.trim() });
	}
	if (!result.ok) {
		return cannot(expression, result);
	}
	const { assumption } = result.interval;
	const date = daysDate(result.interval, timeZone);
	return assumption ? { ok: true, date, assumption } : { ok: true, date };
}

/**
 * Whether `expression` is read without the rules for date words: ISO and EDTF (valid or not,
 * with or without `in`), and a date-time without its offset. What `resolveDateWith` needs
 * `words` for is exactly what this says no to.
 */
export function readsWithoutWords(expression: string): boolean {
	const written = normalise(expression);
	if (parseIsoInstant(written) || LOCAL_DATE_TIME.test(written)) return true;
	const edtfWords = written.endsWith('/.') ? `${written}.` : written;
	return parseEdtf(edtfWords.replace(/^in /, '')) !== null;
}

/**
 * Lower case, spaces collapsed, a sentence's full stop and a list's comma after the words
 * dropped, and an abbreviated month's full stop before its day ("Aug. 7"), with "Sept" as "Sep".
 */
function normalise(expression: string): string {
	return expression
		.trim()
		.replace(/\.$/, '')
		.replace(/[,;:]+$/, '')
		.trim()
		.replace(/\s+/g, ' ')
		.toLowerCase()
		.replace(/\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)t?\.?(?= \d)/g, '$1');
}

const WRITTEN = { month: 'month', year: 'year', months: 'month', years: 'year' } as const;

/**
 * Whole days as a half-open UTC interval: 23 or 25 hours where daylight saving changes.
 * The days' facts are looked up (see dates/dayFacts.ts): `first` and `last` are both in the
 * event zone, so they are the same day exactly when their days start at the same instant.
 */
function daysDate(
	{ first, last, modifier, precision, extent = 'within' }: DayInterval,
	timeZone: string
): ResolvedDate {
	const from = dayFacts(first);
	const to = dayFacts(last);
	// A whole month or year is written at its own precision: `2025-01`, `1962`; a span of
	// months or years as months or years: `2024-07` to `2024-09`, `1939` to `1945`.
	const written = precision ? WRITTEN[precision] : 'day';
	const date: ResolvedDate = {
		start: from[written],
		end: to[written],
		precision:
			precision === 'month' || precision === 'year'
				? precision
				: precision || from.startsAt !== to.startsAt
					? 'span'
					: 'day',
		extent,
		timeZone,
		startsAt: from.startsAt,
		endsAt: to.nextStartsAt
	};
	return modifier ? { ...date, modifier } : date;
}
