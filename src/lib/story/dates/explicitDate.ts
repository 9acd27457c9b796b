import type { TZDate } from '@date-fns/tz';
import { getDay } from 'date-fns';
import { isoDayText } from './calendarText';
import { failed, type Failed } from '../said';
import { wordFailure } from './wordFailure';
import { calendarDay } from './calendarDay';
import { ISO_DAY_SHAPE } from './isoDate';
import { parseIsoDay } from './isoDayInZone';
import { WEEKDAY_PATTERN, weekdayNumber, weekdayWord } from './weekday';
import { MONTH_NAMES } from './monthNames';

/**
 * Written dates the resolver reads (after an optional leading weekday), as date-fns patterns:
 * `d MMMM yyyy`, `d MMM yyyy`, `do MMMM yyyy`, `do MMM yyyy`, `MMMM d, yyyy`, `MMM d, yyyy`,
 * `MMMM d yyyy`, and without a year (the reference day's): `d MMMM`, `d MMM`, `do MMMM`,
 * `MMMM d`, `MMM d`. Read by hand rather than by trying each pattern with date-fns' `parse`:
 * the same dates, at a fraction of the cost (a big story reads one per event), and checked
 * against `parse` in explicitDate.test.ts.
 */
const DAY_FIRST = /^([1-9]\d?)(st|nd|rd|th)? ([a-z]+)(?: (\d{4}))?$/;
const MONTH_FIRST = /^([a-z]+) ([1-9]\d?)(?:(,)? (\d{4}))?$/;
const MONTHS: readonly string[] = MONTH_NAMES;

const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN},? (.+)$`);
const MONTH_NAME =
	/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/** On failure, the reason (see `DaysResult`). */
export type ExplicitDate = { ok: true; day: TZDate } | Failed;

/**
 * Reads a written calendar date (`19 February 2025`, `Wednesday 19 February 2025`, `2025-02-19`)
 * as the start of that day in `timeZone`; a date without a year takes `reference`'s year.
 * `words` is trimmed and lower-case. Returns null when the words are not shaped like a date.
 */
export function parseExplicitDate(
	words: string,
	reference: TZDate,
	timeZone: string
): ExplicitDate | null {
	const withWeekday = LEADING_WEEKDAY.exec(words);
	const dateWords = withWeekday?.[2] ?? words;
	const day = parseDayWords(dateWords, reference, timeZone);
	if (!day) {
		return looksLikeDate(dateWords) ? failed('notCalendar') : null;
	}
	const named = withWeekday ? weekdayNumber(withWeekday[1] ?? '') : undefined;
	if (named !== undefined && getDay(day) !== named) {
		return wordFailure('wrongWeekday', {
			day: isoDayText(day),
			is: weekdayWord(getDay(day)),
			named: weekdayWord(named)
		});
	}
	return { ok: true, day };
}

function parseDayWords(words: string, reference: TZDate, timeZone: string): TZDate | null {
	if (ISO_DAY_SHAPE.test(words)) return parseIsoDay(words, timeZone);
	const fields = writtenDayFields(words);
	if (!fields) return null;
	const year = fields.year ?? reference.getFullYear();
	if (fields.day > daysInMonth(year, fields.month)) return null;
	return calendarDay(year, fields.month, fields.day, timeZone);
}

/** Day, month (0–11) and year of written words in one of the patterns above, or null. */
function writtenDayFields(words: string): { day: number; month: number; year?: number } | null {
	const dayFirst = DAY_FIRST.exec(words);
	if (dayFirst) {
		const [, day, ordinal, monthWord = '', year] = dayFirst;
		const month = monthIndex(monthWord);
		if (month === null) return null;
		// `do MMM` is read with a year only.
		if (ordinal && (ordinal !== ordinalSuffix(Number(day)) || (!month.full && !year))) return null;
		return fields(Number(day), month.index, year);
	}
	const monthFirst = MONTH_FIRST.exec(words);
	if (monthFirst) {
		const [, monthWord = '', day, comma, year] = monthFirst;
		const month = monthIndex(monthWord);
		if (month === null) return null;
		// `MMM d yyyy` needs its comma; `MMMM d yyyy` may go without.
		if (year && !comma && !month.full) return null;
		return fields(Number(day), month.index, year);
	}
	return null;
}

function fields(day: number, month: number, year: string | undefined) {
	return year === undefined ? { day, month } : { day, month, year: Number(year) };
}

/** A month's full English name or its three-letter abbreviation. */
function monthIndex(word: string): { index: number; full: boolean } | null {
	const full = MONTHS.indexOf(word);
	if (full >= 0) return { index: full, full: true };
	const short = word.length === 3 ? MONTHS.findIndex((name) => name.startsWith(word)) : -1;
	return short >= 0 ? { index: short, full: false } : null;
}

function ordinalSuffix(day: number): string {
	if (day % 100 >= 11 && day % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function daysInMonth(year: number, month: number): number {
	const last = new Date(0);
	last.setUTCFullYear(year, month + 1, 0);
	return last.getUTCDate();
}

function looksLikeDate(words: string): boolean {
	return ISO_DAY_SHAPE.test(words) || (MONTH_NAME.test(words) && /\d/.test(words));
}

/** `27 February 2025`: date-fns's `d MMMM yyyy`, without the locale data `format` brings. */
