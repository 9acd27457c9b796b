import { MONTH_NAMES } from '../story/dates/monthNames';
import { WEEKDAYS } from '../story/dates/weekday';

/**
 * A language's date words, as data the shared reading (localReading.ts) turns into the
 * English date words the project's resolver reads, so the same honest rules place them.
 *
 * A phrase is a pattern in the language (lower case, read case-insensitively) and the
 * English it reads as. Its placeholders are filled from the lists below: `{n}` a count
 * (a word of `counts` or digits), `{u}` a unit, `{w}` a weekday, `{m}` a month, `{d}` a day of
 * the month, `{y}` a year, `{part}` a part of a day. A placeholder the pattern leaves out
 * (inside `(?:…)?`) is left out of the English too.
 */
export interface DateWords {
	/** The twelve months, January first: each an alternation ("janvier|janv\\.?"). */
	months: string[];
	/** The seven weekdays, Sunday first (chrono-node's numbering). */
	weekdays: string[];
	/** Count words and their numbers ("deux": 2). */
	counts: Record<string, number>;
	/** Each unit's forms, as alternations. */
	units: Record<Unit, string>;
	/** Parts of a day: the language's forms (alternations) for each English part. */
	parts: Partial<Record<Part, string>>;
	/** Phrases, most specific first: the first that matches at a place wins. */
	phrases: [pattern: string, english: string][];
	/** Words just before date words that make them a deadline ("d'ici", "bis zum"): `by …`. */
	deadlineBefore: string;
	/** Words just before date words that count from them ("depuis", "seit"): `since …`. */
	sinceBefore: string;
	/** An article just before a date that belongs with its words ("le 3 mars"), or ''. */
	articleBefore: string;
	/** A time said after a day's words ("à 14h30", "um 14 Uhr"), at their end. */
	timeAfter: string;
}

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Part = 'morning' | 'afternoon' | 'evening' | 'night';

const capitalised = (name: string) => name[0]!.toUpperCase() + name.slice(1);

/** The month and weekday names the resolver reads, as a reading writes them ("March"). */
export const ENGLISH_MONTHS = MONTH_NAMES.map(capitalised);
export const ENGLISH_WEEKDAYS = WEEKDAYS.map(capitalised);

/** A clock time as the resolver reads it: 14:30 is "2:30 p.m.", 0:00 "12:00 a.m.". */
export function englishClock(hour: number, minute: number): string {
	const half = hour < 12 ? 'a.m.' : 'p.m.';
	const twelve = hour % 12 === 0 ? 12 : hour % 12;
	return `${twelve}:${String(minute).padStart(2, '0')} ${half}`;
}
