import type { TZDate } from '@date-fns/tz';
import {
	addDays,
	addMonths,
	addYears,
	lastDayOfMonth,
	lastDayOfYear,
	startOfMonth,
	startOfYear
} from 'date-fns';
import {
	fail,
	ok,
	oneDay,
	phraseRule,
	type DayRule,
	type DaysResult,
	type RuleContext
} from './dayRule';
import { reading } from './reading';
import { spanDays, weekOf } from './weekStart';

/**
 * A count of calendar units back from the publication (`a year ago`, `two weeks ago`,
 * `three days ago`, `a year earlier`), at the precision the words give: `a year ago` is the
 * year before the publication's, not a day a year back; `two weeks ago` the week two before
 * the publication's, counted as the source's language counts weeks (weekStart.ts). `earlier` is counted from the publication too, which the
 * reading says it takes for granted; `later` counts on from some other date the text names,
 * so it is left to whoever knows that date (the drafting module counts from the date before it).
 */

const COUNTS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12
};

type Unit = 'day' | 'week' | 'month' | 'year';

/** The unit `count` back from `day` (forward when negative), as the whole unit. */
function unitBack(unit: Unit, day: TZDate, count: number, language?: string): DaysResult {
	if (unit === 'day') return oneDay(addDays(day, -count));
	if (unit === 'week') {
		const week = weekOf(day, language, -count);
		return spanDays(week, week.first, week.last);
	}
	if (unit === 'month') {
		const first = startOfMonth<TZDate, TZDate>(addMonths(day, -count));
		return ok({ first, last: lastDayOfMonth(first), precision: 'month' });
	}
	const first = startOfYear<TZDate, TZDate>(addYears(day, -count));
	return ok({ first, last: lastDayOfYear(first), precision: 'year' });
}

const EARLIER = reading('countedBack');

function relative(
	match: RegExpExecArray,
	{ reference, countsFrom, language }: RuleContext
): DaysResult {
	const [, countWord = '', unit = '', way = ''] = match;
	const count = /^\d+$/.test(countWord) ? Number(countWord) : COUNTS[countWord];
	if (count === undefined) return fail('howMany', { word: countWord });
	if (count > 10_000) return fail('tooFar', { count, unit: { key: `${unit as Unit}s` } });
	const onwards = way === 'later' || way === 'after';
	if (onwards && !countsFrom) {
		return fail('countsOn', { word: way });
	}
	const result = unitBack(unit as Unit, reference, onwards ? -count : count, language);
	if (way === 'ago' || countsFrom || !result.ok) return result;
	return ok({ ...result.interval, assumption: EARLIER });
}

export const RELATIVE_UNIT_RULES: DayRule[] = [
	phraseRule('(\\w+) (day|week|month|year)s? (ago|earlier|before|later|after)', relative)
];
