import type { CheckKey, CheckWords } from '../../i18n/checks/en';
import type { TZDate } from '@date-fns/tz';
import { addDays, startOfWeek, type Day } from 'date-fns';

/** UK and ISO weeks start on Monday. */
export const WEEK = { weekStartsOn: 1 } as const;

/** Weekday names in date-fns order: index 0 is Sunday. */
export const WEEKDAYS = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday'
];

/** Regular-expression source matching a lower-case weekday name. */
export const WEEKDAY_PATTERN = `(${WEEKDAYS.join('|')})`;

/** The date-fns day number (0 = Sunday) of a lower-case weekday name. */
export function weekdayNumber(name: string): Day | undefined {
	const index = WEEKDAYS.indexOf(name);
	return index === -1 ? undefined : (index as Day);
}

export function weekdayWord(day: number): CheckWords {
	return { key: (WEEKDAYS[day] ?? 'sunday') as CheckKey };
}

/** Monday of the week containing `date`. */
export function mondayOf(date: TZDate): TZDate {
	return startOfWeek(date, WEEK);
}

/** The given weekday within the Monday-to-Sunday week containing `date`. */
export function weekdayInWeekOf(date: TZDate, day: Day): TZDate {
	const monday = mondayOf(date);
	// Days after Monday: Monday 0 … Sunday 6.
	return addDays(monday, (day + 6) % 7);
}
