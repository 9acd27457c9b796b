import type { TZDate } from '@date-fns/tz';
import {
	addDays,
	addWeeks,
	getDay,
	isBefore,
	lastDayOfYear,
	nextDay,
	previousDay,
	setYear,
	startOfYear,
	type Day
} from 'date-fns';
import {
	days,
	fail,
	isoDay,
	oneDay,
	phraseRule,
	type DayRule,
	type DaysResult,
	type RuleContext
} from './dayRule';
import { parseExplicitDate } from './explicitDate';
import { CALENDAR_WORD_RULES } from './calendarWords';
import { MONTH_SPAN_RULES } from './monthSpans';
import { newsRules } from './newsPhrases';
import { PRESENT_WORD_RULES } from './presentWords';
import { rangeRules } from './rangeWords';
import { RELATIVE_UNIT_RULES } from './relativeUnits';
import { WEEKDAY_PATTERN, weekdayInWeekOf, weekdayNumber } from './weekday';
import { earlierInWeek, laterInWeek, spanDays, weekOf } from './weekStart';

function weekdayRule(prefix: string, pick: (day: Day, context: RuleContext) => TZDate): DayRule {
	return phraseRule(`${prefix}${WEEKDAY_PATTERN}`, (match, context) => {
		const day = weekdayNumber(match[1] ?? '');
		return day === undefined
			? fail('unknownWeekday', { word: match[1] ?? '' })
			: oneDay(pick(day, context));
	});
}

function wordsRule(words: string, resolve: (context: RuleContext) => DaysResult): DayRule {
	return phraseRule(words, (_match, context) => resolve(context));
}

/** The week `weeks` after the publication's, counted as the source's language counts weeks. */
function week({ reference, language }: RuleContext, weeks: number): DaysResult {
	const counted = weekOf(reference, language, weeks);
	return spanDays(counted, counted.first, counted.last);
}

function wholeYear(reference: TZDate, year: number): DaysResult {
	const inYear = setYear(reference, year);
	return days(startOfYear(inYear), lastDayOfYear(inYear));
}

/**
 * A weekday named without `this`/`next`/`last`: by default the one in the publication's week.
 * `direction` picks instead the nearest one on or before (`past`) or on or after (`future`)
 * the publication day, for when the source means a day outside that week. The publication
 * day itself counts: news names the day of the week even for the day it is published on
 * ("said Friday" in Friday's paper is that Friday), and the day before a week is "last".
 */
function bareWeekday(day: Day, { reference, direction }: RuleContext): TZDate {
	if (direction && getDay(reference) === day) return reference;
	if (direction === 'past') return previousDay(reference, day);
	if (direction === 'future') return nextDay(reference, day);
	return weekdayInWeekOf(reference, day);
}

/**
 * `by <date words>`: from the publication day up to the end of what the words name. The words
 * after `by` are read once, never as another deadline, so nesting goes no deeper than this.
 * A deadline looks ahead whatever the sentence's tense ("said it must close by Dec. 10"), so
 * words that can mean the last or the next one are read as the next.
 */
function deadline(match: RegExpExecArray, context: RuleContext): DaysResult {
	const words = match[1] ?? '';
	if (DEADLINE.test(words)) return fail('byTwice');
	const inner = resolveDayWords(words, { ...context, direction: 'future' });
	if (inner === null) return fail('byNotDate');
	if (!inner.ok) return inner;
	if (isBefore(inner.interval.last, context.reference)) {
		return fail('deadlinePassed', { day: isoDay(context.reference) });
	}
	return days(context.reference, inner.interval.last, 'before');
}

const DEADLINE = /^by (.+)$/;

const RULES: DayRule[] = [
	...rangeRules(resolveDayWords),
	...MONTH_SPAN_RULES,
	...CALENDAR_WORD_RULES,
	...RELATIVE_UNIT_RULES,
	...PRESENT_WORD_RULES,
	...newsRules(resolveDayWords),
	wordsRule('today', ({ reference }) => oneDay(reference)),
	wordsRule('yesterday', ({ reference }) => oneDay(addDays(reference, -1))),
	wordsRule('tomorrow', ({ reference }) => oneDay(addDays(reference, 1))),
	weekdayRule('this ', (day, { reference }) => weekdayInWeekOf(reference, day)),
	weekdayRule('next ', (day, { reference }) => weekdayInWeekOf(addWeeks(reference, 1), day)),
	weekdayRule('last ', (day, { reference }) => previousDay(reference, day)),
	weekdayRule('(?:on )?', bareWeekday),
	wordsRule('earlier this week', ({ reference, language }) => earlierInWeek(reference, language)),
	wordsRule('later this week', ({ reference, language }) => laterInWeek(reference, language)),
	wordsRule('so far this week', ({ reference, language }) => {
		const counted = weekOf(reference, language);
		return spanDays(counted, counted.first, reference);
	}),
	wordsRule('this week', (context) => week(context, 0)),
	wordsRule('last week', (context) => week(context, -1)),
	wordsRule('next week', (context) => week(context, 1)),
	{ pattern: DEADLINE, resolve: deadline },
	{
		pattern: /^(?:in )?(\d{4})$/,
		resolve: (match, { reference }) => wholeYear(reference, Number(match[1]))
	}
];

/**
 * Resolves lower-case, trimmed date words to whole days, or returns null when no rule
 * and no written-date format matches them.
 */
export function resolveDayWords(words: string, context: RuleContext): DaysResult | null {
	for (const rule of RULES) {
		const match = rule.pattern.exec(words);
		if (match) return rule.resolve(match, context);
	}
	const explicit = parseExplicitDate(words, context.reference, context.timeZone);
	if (explicit === null) return null;
	return explicit.ok ? oneDay(explicit.day) : explicit;
}
