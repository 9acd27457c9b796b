import type { CheckKey, CheckValue } from '../../i18n/checks/en';
import type { Failed, Said } from '../said';
import { wordFailure } from './wordFailure';
import type { TZDate } from '@date-fns/tz';
import type { DateExtent, DateModifier } from '../types';
import { isoDayText } from './calendarText';

/**
 * What every rule that reads date words shares: the days it gives, the context it reads them
 * in, and the small builders of its results. The rule lists (`dateRules.ts`, `newsPhrases.ts`)
 * import this module and not each other.
 */

/** Whole calendar days, `first` to `last` inclusive, each the start of its day in the event zone. */
export interface DayInterval {
	first: TZDate;
	last: TZDate;
	modifier?: DateModifier;
	/**
	 * A whole calendar month or year (`last month`, `in 1962`), or a span of whole months or
	 * years written as such (`months`: `the third quarter`, `in the spring`, `from March to May
	 * 2024`; `years`: `between 1939 and 1945`); otherwise days.
	 */
	precision?: 'month' | 'year' | 'months' | 'years';
	/** A written range lasts `throughout`; other words give days the event fell `within`. */
	extent?: DateExtent;
	/** What the reading takes for granted (a week's first day, a hemisphere), in words. */
	assumption?: Said;
}

/** On failure, the reason, written to follow `Cannot resolve "<words>": `. */
export type DaysResult = { ok: true; interval: DayInterval } | Failed;

export interface RuleContext {
	/** Start of the publication's calendar day, in the event zone. */
	reference: TZDate;
	timeZone: string;
	direction?: 'past' | 'future';
	/** `reference` is a date the words count from, not the publication (see relativeUnits.ts). */
	countsFrom?: true;
	/** The source's language, which says what day its weeks start on (see weekStart.ts). */
	language?: string;
}

export interface DayRule {
	pattern: RegExp;
	resolve: (match: RegExpExecArray, context: RuleContext) => DaysResult;
}

/** Reads date words to days, or null when no rule matches them. */
export type ResolveWords = (words: string, context: RuleContext) => DaysResult | null;

/** A rule for the whole of `source`, a regular expression without its anchors. */
export function phraseRule(source: string, resolve: DayRule['resolve']): DayRule {
	return { pattern: new RegExp(`^${source}$`), resolve };
}

export const ok = (interval: DayInterval): DaysResult => ({ ok: true, interval });
export const days = (first: TZDate, last: TZDate, modifier?: DateModifier): DaysResult =>
	ok(modifier ? { first, last, modifier } : { first, last });
export const oneDay = (day: TZDate): DaysResult => days(day, day);
/** Whole months, from the month of `first` to the month of `last`, on what `assumption` says. */
export const months = (first: TZDate, last: TZDate, assumption: Said): DaysResult =>
	ok({ first, last, precision: 'months', assumption });
export const fail: (key: CheckKey, values?: Record<string, CheckValue>) => DaysResult = wordFailure;
export const isoDay = (day: TZDate): string => isoDayText(day);
