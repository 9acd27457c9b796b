import type { TZDate } from '@date-fns/tz';
import { addDays, isAfter, isBefore, startOfWeek, type Day } from 'date-fns';
import type { Said } from '../said';
import { fail, ok, type DaysResult } from './dayRule';
import type { DateModifier } from '../types';
import { reading } from './reading';
import { weekdayWord } from './weekday';

// Where weeks start on a day other than Monday, by region, from the Unicode CLDR's week
// data; everywhere else (and in ISO 8601) they start on Monday. A tag without a region
// (`en`, `ar`) does not say which, so its weeks are ISO's, and the note says why.
const SUNDAY = new Set(
	'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
		' '
	)
);
const SATURDAY = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
const FRIDAY = new Set(['MV']);

/** The region a language tag names (`US` in `en-US`), if it names one. */
function regionOf(language: string): string | undefined {
	try {
		return new Intl.Locale(language).region;
	} catch {
		return undefined; // Not a language tag: the schema has said so.
	}
}

/** The day (0 = Sunday) weeks start on in `region`. */
export function weekStartsOn(region: string | undefined): Day {
	if (!region) return 1;
	return SUNDAY.has(region) ? 0 : SATURDAY.has(region) ? 6 : FRIDAY.has(region) ? 5 : 1;
}

/** A run of whole days, and what counting it takes for granted, where it takes anything. */
export interface Span {
	first: TZDate;
	last: TZDate;
	note?: Said;
}

export interface Week extends Span {
	/** How the week is counted, for the reading's note. */
	note: Said;
}

/** The week containing `day`, `by` weeks on, counted as `language` counts weeks. */
export function weekOf(day: TZDate, language: string | undefined, by = 0): Week {
	const region = language ? regionOf(language) : undefined;
	const weekStart = weekStartsOn(region);
	const first = addDays<TZDate, TZDate>(startOfWeek(day, { weekStartsOn: weekStart }), 7 * by);
	const note = !language
		? reading('weeksIso')
		: region
			? reading('weeksRun', {
					first: weekdayWord(weekStart),
					last: weekdayWord((weekStart + 6) % 7),
					language
				})
			: reading('weeksNoRegion', { language });
	return { first, last: addDays(first, 6), note };
}

/** Days `first` to `last` within `span`, with what counting it takes for granted. */
export function spanDays(
	span: Span,
	first: TZDate,
	last: TZDate,
	modifier?: DateModifier
): DaysResult {
	return ok({
		first,
		last,
		...(modifier && { modifier }),
		...(span.note && { assumption: span.note })
	});
}

/** Days from the week's first day to `day`'s eve, or a reason when `day` is that first day. */
export function earlierInWeek(day: TZDate, language: string | undefined): DaysResult {
	const week = weekOf(day, language);
	if (!isBefore(week.first, day)) return fail('firstOfWeek', { day: weekdayWord(day.getDay()) });
	return spanDays(week, week.first, addDays(day, -1));
}

/** Days from `day`'s morrow to the week's last day, or a reason when `day` is that last day. */
export function laterInWeek(day: TZDate, language: string | undefined): DaysResult {
	const week = weekOf(day, language);
	if (!isAfter(week.last, day)) return fail('lastOfWeek', { day: weekdayWord(day.getDay()) });
	return spanDays(week, addDays(day, 1), week.last);
}
