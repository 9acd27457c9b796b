import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, englishClock } from './dateWords';
import { ownWords, type DateReader } from './localReading';

/** What chrono-node's find in another language reads as in the resolver's English. */
export type ChronoReading = { reading: string } | { reading: null; reason: string };

const RELATIVE_TAG = /^(?:casualReference|result\/relativeDate)/;

/**
 * A day, month or year chrono took from the words themselves: a figure or a month's name
 * written there. Values it worked out from the reference instant ("gestern" as a day of the
 * month) are never taken: the project's resolver counts those from the publication.
 */
function written(start: ParsedComponents, words: string, monthNamed: boolean) {
	const figure = /\d/.test(words);
	return {
		day: figure && start.isCertain('day') ? start.get('day') : null,
		month: (figure || monthNamed) && start.isCertain('month') ? start.get('month') : null,
		year: figure && start.isCertain('year') ? start.get('year') : null
	};
}

/** A day, month or year as the resolver writes it: "3 March 2025", "March 2025", "2025". */
function dayWords({ day, month, year }: ReturnType<typeof written>): string | null {
	const monthName = month === null ? null : ENGLISH_MONTHS[month - 1]!;
	const parts = [day !== null && monthName ? String(day) : null, monthName, year];
	const words = parts.filter((part) => part !== null).join(' ');
	return words === '' || (day !== null && monthName === null) ? null : words;
}

/** "3–5 March 2025", or "from 30 April 2025 to 2 May 2025" across months. */
function rangeWords(from: ReturnType<typeof written>, to: ReturnType<typeof written>) {
	const year = from.year ?? to.year;
	if (from.day === null || to.day === null || from.month === null) return null;
	if ((to.month ?? from.month) === from.month && (to.year ?? year) === year) {
		return `${from.day}–${to.day} ${dayWords({ ...from, day: null, year })}`;
	}
	const start = dayWords({ ...from, year });
	const end = dayWords({ ...to, month: to.month ?? from.month, year: to.year ?? year });
	return start && end ? `from ${start} to ${end}` : null;
}

/**
 * The English date words for a find of chrono-node's parser for the language: first the
 * language's own phrases for the words (see dateWords.ts), so "la semaine dernière" is "last
 * week", a week, and not the day chrono counts back to; else what chrono took from the words
 * themselves (a day, a month, a year, a weekday, a range, a time after them). A relative
 * find no phrase reads is left unread, with the reason.
 */
export function readChronoResult(result: ParsedResult, reader: DateReader): ChronoReading {
	const words = ownWords(result.text, reader);
	const phrase = reader.read(words);
	if (phrase) return { reading: phrase };
	const time = reader.timeAfter.exec(words);
	const { start } = result;
	const clock = start.isCertain('hour')
		? englishClock(start.get('hour')!, start.get('minute') ?? 0)
		: null;
	const dayPart = time ? words.slice(0, time.index) : words;
	const relative = [...result.tags()].some((tag) => RELATIVE_TAG.test(tag));
	let day = time ? reader.read(dayPart) : null;
	if (!day && relative) {
		return {
			reading: null,
			reason: 'no reading of these words counts them from the publication in the resolver’s terms'
		};
	}
	if (!day) {
		const monthNamed = reader.month.test(dayPart);
		const own = written(start, dayPart, monthNamed);
		const end = result.end && written(result.end, dayPart, monthNamed);
		const weekday = start.isCertain('weekday') ? ENGLISH_WEEKDAYS[start.get('weekday')!]! : null;
		day =
			(end ? rangeWords(own, end) : dayWords(own)) ??
			(own.day === null && own.month === null ? weekday : null);
	}
	if (!day) {
		return {
			reading: null,
			reason: clock ? 'a time without the day it is on' : 'no day, month or year in these words'
		};
	}
	if (clock && result.end) return { reading: null, reason: 'a range with a time of day' };
	return { reading: clock ? `${day} at ${clock}` : day };
}
