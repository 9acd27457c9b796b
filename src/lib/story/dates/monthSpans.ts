import type { TZDate } from '@date-fns/tz';
import { addMonths, isAfter, isBefore, lastDayOfMonth, setYear, startOfYear } from 'date-fns';
import { months, phraseRule, type DayRule, type DaysResult, type RuleContext } from './dayRule';
import { reading } from './reading';

/**
 * Parts of a year that business news counts in: quarters (`the third quarter`,
 * `third-quarter`, `the fourth quarter of 2024`), halves (`the first half`) and fiscal years
 * (`fiscal 1990`), each a span of whole months. Without a year, a quarter or half is the
 * publication's, or, as the sentence's tense says, the latest one over by publication
 * (`past`: "profit rose in the first quarter" tells of a whole quarter) or the first not yet
 * over (`future`); `last`, `this` or `next quarter` count from the publication's quarter.
 */

const ORDINALS: Record<string, number> = {
	first: 0,
	'1st': 0,
	second: 1,
	'2nd': 1,
	third: 2,
	'3rd': 2,
	fourth: 3,
	'4th': 3,
	q1: 0,
	q2: 1,
	q3: 2,
	q4: 3
};

const CALENDAR = reading('calendarQuarters');
const FISCAL = reading('usFiscalYear');

/** The first and last days of `length` months from month `first` (0 = January) of `year`. */
function monthsOf(
	reference: TZDate,
	year: number,
	first: number,
	length: number
): [TZDate, TZDate] {
	const start = addMonths<TZDate, TZDate>(
		startOfYear<TZDate, TZDate>(setYear(reference, year)),
		first
	);
	return [start, lastDayOfMonth(addMonths(start, length - 1))];
}

/** The `index`th part of `length` months, in the year written or the one the tense points to. */
function partOfYear(length: number) {
	return (match: RegExpExecArray, { reference, direction }: RuleContext): DaysResult => {
		const index = ORDINALS[match[1] ?? ''] ?? 0;
		const written = match[2] ?? match[3];
		let year = written ? Number(written) : reference.getFullYear();
		if (!written) {
			const [, last] = monthsOf(reference, year, index * length, length);
			if (direction === 'past' && isAfter(last, reference)) year -= 1;
			if (direction === 'future' && isBefore(last, reference)) year += 1;
		}
		return months(...monthsOf(reference, year, index * length, length), CALENDAR);
	};
}

/** Which quarter, from the publication's: the last one over, its own, or the one after it. */
const QUARTER_STEPS: Record<string, number> = {
	last: -1,
	latest: -1,
	'most recent': -1,
	previous: -1,
	this: 0,
	current: 0,
	next: 1
};

/**
 * `last quarter`, `this quarter`, `next quarter`: counted from the publication's quarter, so
 * an earnings report's "the latest quarter" is the one over before it was published.
 */
function quarterFromPublication(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	const quarter = Math.floor(reference.getMonth() / 3) + (QUARTER_STEPS[match[1] ?? ''] ?? 0);
	return months(...monthsOf(reference, reference.getFullYear(), quarter * 3, 3), CALENDAR);
}

function fiscalYear(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	return months(...monthsOf(reference, Number(match[1]) - 1, 9, 12), FISCAL);
}

const PART = '(?:in |during |for |over )?(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)';
const OF_YEAR = '(?: of (\\d{4})| (\\d{4}))?';

/** The rules, read before the other news phrasing (they share none of its words). */
export const MONTH_SPAN_RULES: DayRule[] = [
	phraseRule(`${PART}[- ]quarter${OF_YEAR}`, partOfYear(3)),
	phraseRule(`${PART} half${OF_YEAR}`, partOfYear(6)),
	phraseRule(`(?:in |during |for |over )?(q[1-4])${OF_YEAR}`, partOfYear(3)),
	phraseRule(
		`(?:in |during |for |over )?(?:the )?(last|latest|most recent|previous|this|current|next) quarter`,
		quarterFromPublication
	),
	phraseRule('(?:in |during |for )?fiscal (?:year )?(\\d{4})', fiscalYear)
];
