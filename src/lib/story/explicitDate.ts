import { tz, type TZDate } from '@date-fns/tz';
import { format, getDay, isValid, parse } from 'date-fns';
import { ISO_DAY_SHAPE, parseIsoDay } from './isoDate';
import { WEEKDAY_PATTERN, weekdayName, weekdayNumber } from './weekday';

/** Written dates the resolver reads (after an optional leading weekday), most specific first. */
const FORMATS = [
	'd MMMM yyyy',
	'd MMM yyyy',
	'do MMMM yyyy',
	'do MMM yyyy',
	'MMMM d, yyyy',
	'MMM d, yyyy',
	'MMMM d yyyy',
	// Without a year: the reference day's year.
	'd MMMM',
	'd MMM',
	'do MMMM',
	'MMMM d',
	'MMM d'
];

const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN},? (.+)$`);
const MONTH_NAME =
	/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/** On failure, `message` is the reason (see `DaysResult`). */
export type ExplicitDate = { ok: true; day: TZDate } | { ok: false; message: string };

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
		return looksLikeDate(dateWords)
			? { ok: false, message: 'it is not a valid calendar date' }
			: null;
	}
	const named = withWeekday ? weekdayNumber(withWeekday[1] ?? '') : undefined;
	if (named !== undefined && getDay(day) !== named) {
		return {
			ok: false,
			message: `${format(day, 'd MMMM yyyy')} is a ${weekdayName(getDay(day))}, not a ${weekdayName(named)}`
		};
	}
	return { ok: true, day };
}

function parseDayWords(words: string, reference: TZDate, timeZone: string): TZDate | null {
	if (ISO_DAY_SHAPE.test(words)) return parseIsoDay(words, timeZone);
	for (const pattern of FORMATS) {
		const day = parse(words, pattern, reference, { in: tz(timeZone) });
		// The round trip rejects loose readings such as a two-digit year taken as year 25.
		if (isValid(day) && format(day, pattern).toLowerCase() === words) return day;
	}
	return null;
}

function looksLikeDate(words: string): boolean {
	return ISO_DAY_SHAPE.test(words) || (MONTH_NAME.test(words) && /\d/.test(words));
}
