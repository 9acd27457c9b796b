import { TZDate } from '@date-fns/tz';
import { addDays, getDay, isAfter, isBefore } from 'date-fns';
import { ok, oneDay, phraseRule, type DayRule, type DaysResult, type RuleContext } from './dayRule';

/**
 * Calendar words news uses besides dates: decades (`the 1990s`), holidays on fixed days or
 * counted ones (`Christmas`, `New Year's Eve`, `Thanksgiving`), and the year a report is
 * about (`the full year`, `the new year`).
 */

/** Month (1–12) and day of the holidays that fall on the same day every year. */
const FIXED: Record<string, [number, number]> = {
	'christmas eve': [12, 24],
	christmas: [12, 25],
	'christmas day': [12, 25],
	'boxing day': [12, 26],
	"new year's eve": [12, 31],
	"new year's day": [1, 1],
	"valentine's day": [2, 14],
	halloween: [10, 31],
	'independence day': [7, 4],
	'the fourth of july': [7, 4],
	'july fourth': [7, 4],
	'bonfire night': [11, 5],
	'guy fawkes night': [11, 5]
};

/** The fourth Thursday of November: Thanksgiving in the United States. */
function thanksgiving(year: number, timeZone: string): TZDate {
	const first = new TZDate(year, 10, 1, timeZone);
	const toThursday = (4 - getDay(first) + 7) % 7;
	return addDays(first, toThursday + 21);
}

export const HOLIDAY_PATTERN = `(?:${Object.keys(FIXED).join('|')}|thanksgiving)`.replace(
	/'/g,
	"[’']"
);

/**
 * A holiday named without its year: this year's, or, as the sentence's tense says, the last
 * one on or before publication (`past`) or the next one on or after it (`future`).
 */
function holiday(
	match: RegExpExecArray,
	{ reference, direction, timeZone }: RuleContext
): DaysResult {
	const name = match[1]!.replace(/’/g, "'");
	const fixed = FIXED[name];
	const on = (year: number) =>
		fixed ? new TZDate(year, fixed[0] - 1, fixed[1], timeZone) : thanksgiving(year, timeZone);
	const year = reference.getFullYear();
	const day = on(year);
	if (direction === 'past' && isAfter(day, reference)) return oneDay(on(year - 1));
	if (direction === 'future' && isBefore(day, reference)) return oneDay(on(year + 1));
	return oneDay(day);
}

/** `the 1990s`: its ten years. */
function decade(match: RegExpExecArray, { timeZone }: RuleContext): DaysResult {
	const first = Number(match[1]) * 10;
	return ok({
		first: new TZDate(first, 0, 1, timeZone),
		last: new TZDate(first + 9, 11, 31, timeZone),
		precision: 'years'
	});
}

const wholeYearOf = (year: number, timeZone: string): DaysResult =>
	ok({
		first: new TZDate(year, 0, 1, timeZone),
		last: new TZDate(year, 11, 31, timeZone),
		precision: 'year'
	});

/**
 * `the new year`: the year that starts nearest the publication (in the second half of a year,
 * the next one; in its first half, the one under way); `the full year` and `the current year`
 * the publication's.
 */
function namedYear(match: RegExpExecArray, { reference, timeZone }: RuleContext): DaysResult {
	const year = reference.getFullYear();
	if (match[1] !== 'new') return wholeYearOf(year, timeZone);
	return wholeYearOf(reference.getMonth() >= 6 ? year + 1 : year, timeZone);
}

export const CALENDAR_WORD_RULES: DayRule[] = [
	phraseRule('(?:in |during |through )?the (\\d{3})0s', decade),
	phraseRule(`(?:on |at |over )?(${HOLIDAY_PATTERN})`, holiday),
	phraseRule('(?:in |for |during )?the (new|full|whole|current) year', namedYear)
];
