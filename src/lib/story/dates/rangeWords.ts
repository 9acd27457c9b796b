import { isAfter } from 'date-fns';
import {
	fail,
	ok,
	phraseRule,
	type DayInterval,
	type DayRule,
	type DaysResult,
	type ResolveWords,
	type RuleContext
} from './dayRule';

/**
 * A written range, `from Monday to Wednesday`, `between 1939 and 1945`, `from 24 to 26
 * February`: from the first day of what the first words name to the last day of the second's.
 * It is a duration, so it lasts `throughout`, unless it is said to be `some time between` (a
 * range the event fell within). Other date words name a range the event fell within (`in the
 * third quarter`, `this spring`, `in 2019`), unless they say it lasted: `throughout the third
 * quarter`, `all through the summer`.
 */

const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
const DAY_THEN_REST = /^\d{1,2}(?:st|nd|rd|th)? (.+)$/;
const MONTH_THEN_DAY = /^([a-z]+) \d{1,2}(?:st|nd|rd|th)?$/;
const DAY_AND_YEAR = /^(\d{1,2}(?:st|nd|rd|th)?)(?:,? (\d{4}))?$/;
/** What each side must not be: another range or a deadline (so no input nests). */
const NESTED = /^(?:from|between|some ?time between|by|since|throughout|all through) /;

/** How an end is written, where it is whole months or years: both ends so make the range so. */
function writtenUnit({ precision }: DayInterval): 'months' | 'years' | undefined {
	if (precision === 'month' || precision === 'months') return 'months';
	return precision === 'year' || precision === 'years' ? 'years' : undefined;
}

function range(resolveWords: ResolveWords, within: boolean) {
	return (match: RegExpExecArray, context: RuleContext): DaysResult => {
		// `Feb 24-26, 2024`: the second day borrows the first's month, the first its year.
		const month = MONTH_THEN_DAY.exec(match[1] ?? '')?.[1];
		const dayYear = month ? DAY_AND_YEAR.exec(match[2] ?? '') : null;
		const year = dayYear?.[2] ? `, ${dayYear[2]}` : '';
		const second = dayYear ? `${month} ${dayYear[1]}${year}` : (match[2] ?? '');
		// `24 to 26 February`: the first day borrows the second's month (and year).
		const rest = DAY_THEN_REST.exec(second)?.[1];
		const first =
			DAY_NUMBER.test(match[1] ?? '') && rest ? `${match[1]} ${rest}` : `${match[1] ?? ''}${year}`;
		if (NESTED.test(first) || NESTED.test(second)) return fail('rangeTwo');
		const from = resolveWords(first, context);
		const to = resolveWords(second, context);
		if (from === null || to === null) return fail('rangeEnds');
		if (!from.ok) return from;
		if (!to.ok) return to;
		if (from.interval.modifier || to.interval.modifier) {
			return fail('rangeDeadline');
		}
		if (isAfter(from.interval.first, to.interval.last)) {
			return fail('rangeBackwards');
		}
		const unit = writtenUnit(from.interval);
		const assumption = from.interval.assumption ?? to.interval.assumption;
		return ok({
			first: from.interval.first,
			last: to.interval.last,
			...(unit && unit === writtenUnit(to.interval) && { precision: unit }),
			...(!within && { extent: 'throughout' as const }),
			...(assumption && { assumption })
		});
	};
}

/** `throughout <words>`: the days the words name, lasting throughout them. */
function throughout(resolveWords: ResolveWords) {
	return (match: RegExpExecArray, context: RuleContext): DaysResult => {
		const words = match[1] ?? '';
		if (NESTED.test(words)) return fail('throughoutOne');
		const inner = resolveWords(words, context);
		if (inner === null) return fail('throughoutNotDate');
		if (!inner.ok) return inner;
		if (inner.interval.modifier) return fail('throughoutDeadline');
		return ok({ ...inner.interval, extent: 'throughout' });
	};
}

/** The range rules, tried before the single dates (whose words they are made of). */
export function rangeRules(resolveWords: ResolveWords): DayRule[] {
	return [
		phraseRule('(?:throughout|all through) (?:the )?(.+)', throughout(resolveWords)),
		phraseRule('some ?time between (.+?) and (.+)', range(resolveWords, true)),
		phraseRule('between (.+?) and (.+)', range(resolveWords, false)),
		phraseRule('from (.+?) (?:to|until|till) (.+)', range(resolveWords, false)),
		// `April 30-May 1`, `Feb 24-26`, `24-26 February`: written days joined by a dash.
		phraseRule(
			'(?:from )?((?:[a-z]+ )?\\d{1,2}(?:st|nd|rd|th)?) ?[-–] ?((?:[a-z]+ )?\\d{1,2}(?:st|nd|rd|th)?(?: [a-z]+)?(?:,? \\d{4})?)',
			range(resolveWords, false)
		)
	];
}
