import type { Failed } from '../said';
import { wordFailure as failed } from './wordFailure';
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { instantDate } from './instant';
import { resolveDayWords } from './dateRules';
import type { RuleContext } from './dayRule';
import type { ResolvedDate } from '../types';

/**
 * A time or a part of a day named with its day, in the event's zone, at the precision the
 * words give: `9 a.m. Monday`, `Thursday at 3 p.m.`, `noon on Friday` are instants;
 * `Friday night`, `yesterday morning`, `this evening`, `tonight`, `last night` (the night
 * before the publication day) spans of instants; `by Wednesday afternoon` the next such part
 * of a day, as a deadline (`before`); `until midnight` the instant the publication day ends. Parts of
 * the day are taken wide: morning 05:00–12:00, afternoon 12:00–18:00, evening 18:00 to
 * midnight, night 18:00 to 06:00 the next day (a fire "on Friday night" may start at 1 a.m.
 * on Saturday). The day is read by the day rules, with the same tense.
 */

type Result = { ok: true; date: ResolvedDate } | Failed;

const CLOCK = '(\\d{1,2})(?::(\\d{2}))? ?([ap])\\.?m\\.?|(noon|midday|midnight)';
const TIME_FIRST = new RegExp(`^(?:at )?(?:${CLOCK}),? (?:on )?(.+)$`);
const DAY_FIRST = new RegExp(`^(.+?),? (?:at )?(?:${CLOCK})$`);
const PART_OF_DAY = /^(by )?(.+?) (morning|afternoon|evening|night)$/;
/** `until midnight`: the midnight that ends the publication day. */
const UNTIL_MIDNIGHT = /^(?:until|till|by) midnight$/;
const TONIGHT = /^(?:tonight|this (morning|afternoon|evening)|(last) (night|evening))$/;

/** Start and end hours of each part, counted from the day's midnight. */
const PARTS: Record<string, [number, number]> = {
	morning: [5, 12],
	afternoon: [12, 18],
	evening: [18, 24],
	night: [18, 30]
};

/** Hours and minutes of a clock time, or a reason it is none. */
function clock(hour?: string, minute?: string, half?: string, named?: string) {
	if (named) return { hours: named === 'midnight' ? 0 : 12, minutes: 0 };
	const h = Number(hour);
	const m = minute === undefined ? 0 : Number(minute);
	if (h < 1 || h > 12 || m > 59) return null;
	return { hours: (h % 12) + (half === 'p' ? 12 : 0), minutes: m };
}

/** The start of the one day `words` name, or a reason. */
function oneDayOf(words: string, context: RuleContext): { day: TZDate } | Failed | null {
	const days = resolveDayWords(words, context);
	if (days === null) return null;
	if (!days.ok) return days;
	const { first, last, modifier } = days.interval;
	if (first.getTime() !== last.getTime() || modifier) {
		return failed('timeOneDay', { words });
	}
	return { day: first };
}

function at(day: TZDate, hours: number, minutes: number, timeZone: string): TZDate {
	return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone);
}

/** Reads `words` as a time or part of a day with its day, or returns null when they are not. */
export function resolveTimeOfDay(words: string, context: RuleContext): Result | null {
	const { timeZone, reference } = context;
	if (UNTIL_MIDNIGHT.test(words)) {
		return { ok: true, date: instantDate(at(addDays(reference, 1), 0, 0, timeZone), timeZone) };
	}
	const tonight = TONIGHT.exec(words);
	const timed = TIME_FIRST.exec(words);
	const dayTimed = timed ? null : DAY_FIRST.exec(words);
	if (timed || dayTimed) {
		const [dayWords, hour, minute, half, named] = timed
			? [timed[5], timed[1], timed[2], timed[3], timed[4]]
			: [dayTimed![1], dayTimed![2], dayTimed![3], dayTimed![4], dayTimed![5]];
		const time = clock(hour, minute, half, named);
		const found = oneDayOf(dayWords ?? '', context);
		if (found === null) return null;
		if (!time) return failed('notClock');
		if ('says' in found) return found;
		return {
			ok: true,
			date: instantDate(at(found.day, time.hours, time.minutes, timeZone), timeZone)
		};
	}
	const parted = tonight ? null : PART_OF_DAY.exec(words);
	if (!tonight && !parted) return null;
	const part = tonight ? (tonight[1] ?? tonight[3] ?? 'night') : parted![3]!;
	const dayWords = tonight ? (tonight[2] ? 'yesterday' : 'today') : parted![2]!;
	// A deadline looks ahead whatever the sentence's tense, as `by <date words>` does.
	const deadline = parted?.[1] !== undefined;
	const found = oneDayOf(dayWords, deadline ? { ...context, direction: 'future' } : context);
	if (found === null) return null;
	if ('says' in found) return found;
	const [from, to] = PARTS[part]!;
	const first = instantDate(at(found.day, from, 0, timeZone), timeZone);
	const last = instantDate(at(found.day, to, 0, timeZone), timeZone);
	const date: ResolvedDate = {
		...first,
		end: last.start,
		precision: 'span',
		endsAt: last.startsAt
	};
	return { ok: true, date: deadline ? { ...date, modifier: 'before' } : date };
}
