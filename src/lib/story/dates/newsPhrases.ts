import type { TZDate } from '@date-fns/tz';
import {
	addDays,
	addMonths,
	addYears,
	isAfter,
	isBefore,
	lastDayOfMonth,
	lastDayOfYear,
	setMonth,
	setYear,
	startOfMonth,
	startOfYear
} from 'date-fns';
import {
	days,
	fail,
	isoDay,
	months,
	ok,
	oneDay,
	phraseRule,
	type DayRule,
	type DaysResult,
	type ResolveWords,
	type RuleContext
} from './dayRule';
import type { Said } from '../said';
import { parseExplicitDate } from './explicitDate';
import { isSouthernZone, zoneSide } from './southernZones';
import { reading } from './reading';
import { mondayOf, WEEKDAY_PATTERN } from './weekday';
import { spanDays, weekOf, type Span } from './weekStart';
import { MONTH_NAMES } from './monthNames';

/**
 * News phrasing the resolver reads beyond its first rules: `this weekend`, `earlier this
 * month`, `last month`, `in 1962`, `in the spring`, `on 3 November`, `by the end of the year`,
 * `since last week`. Each rule gives whole days, or a whole month or year at that precision,
 * or a reason it cannot place the words; it never guesses.
 *
 * `dateRules.ts` spreads `newsRules(...)` at the head of its list. It passes its own word
 * resolver in (for `since <words>`); the types and builders both share are in `dayRule.ts`.
 */

// ── Calendar units ──────────────────────────────────────────────────────────

type Unit = 'week' | 'month' | 'year';

/** The unit containing `day`; a week counted as the source's language counts weeks. */
function unitOf(unit: Unit, day: TZDate, language?: string): Span {
	if (unit === 'week') return weekOf(day, language);
	if (unit === 'month') return { first: startOfMonth(day), last: lastDayOfMonth(day) };
	return { first: startOfYear(day), last: lastDayOfYear(day) };
}

function shift(unit: Unit, day: TZDate, by: number): TZDate {
	if (unit === 'week') return addDays(day, 7 * by);
	return unit === 'month' ? addMonths(day, by) : addYears(day, by);
}

// The rules below read months and years; weeks are dateRules.ts' (and weekStart.ts').
type Whole = Exclude<Unit, 'week'>;

/** A whole month or year at that precision. */
function wholeUnit(unit: Whole, day: TZDate): DaysResult {
	const { first, last } = unitOf(unit, day);
	return ok({ first, last, precision: unit });
}

/** `this`/`last`/`next` month or year. */
function relativeUnit(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	const which = match[1];
	const unit = match[2] as Whole;
	const by = which === 'last' ? -1 : which === 'next' ? 1 : 0;
	return wholeUnit(unit, shift(unit, reference, by));
}

/** `earlier this month`: from the unit's first day to the day before publication. */
function earlierThis(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	const unit = match[1] as Whole;
	const { first } = unitOf(unit, reference);
	if (!isBefore(first, reference)) return fail(unit === 'year' ? 'firstOfYear' : 'firstOfMonth');
	return days(first, addDays(reference, -1));
}

/** `later this month`: from the day after publication to the unit's last day. */
function laterThis(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	const unit = match[1] as Whole;
	const { last } = unitOf(unit, reference);
	if (!isAfter(last, reference)) return fail(unit === 'year' ? 'lastOfYear' : 'lastOfMonth');
	return days(addDays(reference, 1), last);
}

/** `so far this month`: the unit's first day to the publication day. */
function soFarThis(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	return days(unitOf(match[1] as Whole, reference).first, reference);
}

/**
 * `by the end of the year`: a deadline, from publication to the unit's last day (a week's
 * as the source's language counts weeks, which the reading says).
 */
function byEndOf(match: RegExpExecArray, context: RuleContext): DaysResult {
	const unit = match[2] as Unit;
	const { reference } = context;
	const day = match[1] === 'next' ? shift(unit, reference, 1) : reference;
	const span = unitOf(unit, day, context.language);
	return spanDays(span, reference, span.last, 'before');
}

/** `this weekend` (Saturday and Sunday of the publication's week), `last`/`next weekend`. */
function weekend(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	const by = match[1] === 'last' ? -1 : match[1] === 'next' ? 1 : 0;
	const saturday = addDays(mondayOf(reference), 5 + 7 * by);
	return days(saturday, addDays(saturday, 1));
}

// ── Years and months by name ────────────────────────────────────────────────

const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH_PATTERN = `(${MONTHS.join('|')})`;
const SHORT_MONTH = `(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)`;
const ANY_MONTH = `(?:${MONTHS.join('|')}|${SHORT_MONTH})`;
const DAY_NUMBER = `\\d{1,2}(?:st|nd|rd|th)?`;

/** `in 1962`, `1962`: the whole year, at year precision. */
function year(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	return wholeUnit('year', setYear(reference, Number(match[1])));
}

/**
 * The year a date written without one falls in: the publication's, unless `direction` says
 * the words look back (`past`: not after publication) or ahead (`future`: not before it).
 */
function yearFor(
	inYear: (year: number) => TZDate,
	lastOf: (first: TZDate) => TZDate,
	{ reference, direction }: RuleContext
): number {
	const year = reference.getFullYear();
	const first = inYear(year);
	if (direction === 'past' && isAfter(first, reference)) return year - 1;
	if (direction === 'future' && isBefore(lastOf(first), reference)) return year + 1;
	return year;
}

/** `in March`, `in March 2024`, `March 2024`: the whole month, at month precision. */
function month(match: RegExpExecArray, context: RuleContext): DaysResult {
	const index = MONTHS.indexOf(match[1] ?? '');
	const inYear = (y: number): TZDate =>
		startOfMonth<TZDate, TZDate>(setMonth<TZDate, TZDate>(setYear(context.reference, y), index));
	const y = match[2]
		? Number(match[2])
		: yearFor(inYear, (first) => lastDayOfMonth<TZDate, TZDate>(first), context);
	return wholeUnit('month', inYear(y));
}

/**
 * `last June`: the latest June wholly before the publication's month; `next June` the first
 * wholly after it; `this June` the one in the publication's year.
 */
function relativeMonth(match: RegExpExecArray, { reference }: RuleContext): DaysResult {
	const index = MONTHS.indexOf(match[2] ?? '');
	const now = reference.getMonth();
	const by =
		match[1] === 'last' ? (index < now ? 0 : -1) : match[1] === 'next' ? (index > now ? 0 : 1) : 0;
	const first = startOfMonth<TZDate, TZDate>(
		setMonth<TZDate, TZDate>(setYear(reference, reference.getFullYear() + by), index)
	);
	return wholeUnit('month', first);
}

/**
 * `on 3 November`, `3 November`, `on Monday 3 November 2024`: a written day. Without a year
 * it is in the publication's year, or the year before or after as `direction` says.
 */
function writtenDay(match: RegExpExecArray, context: RuleContext): DaysResult {
	const words = match[1] ?? '';
	const { reference, direction, timeZone } = context;
	const written = parseExplicitDate(words, reference, timeZone);
	if (written === null) return fail('notWritten');
	if (!written.ok) return written;
	const { day } = written;
	let year = reference.getFullYear();
	if (/\d{4}/.test(words)) return oneDay(day);
	if (direction === 'past' && isAfter(day, reference)) year -= 1;
	else if (direction === 'future' && isBefore(day, reference)) year += 1;
	else return oneDay(day);
	// Parsed again in that year, so 29 February is checked against it.
	const moved = parseExplicitDate(words, setYear(reference, year), timeZone);
	return moved?.ok ? oneDay(moved.day) : fail('notCalendarIn', { year: String(year) });
}

// ── Seasons ─────────────────────────────────────────────────────────────────

type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Meteorological seasons: three whole months each. In the northern hemisphere spring is
 * March to May, summer June to August, autumn September to November, winter December to
 * February; south of the equator they are six months on. A winter belongs to the year it
 * starts in (`winter 2024` is December 2024 to February 2025).
 */
const FIRST_MONTH: Record<Season, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

function seasonStarting(season: Season, year: number, context: RuleContext): [TZDate, TZDate] {
	const offset = isSouthernZone(context.timeZone) ? 6 : 0;
	const firstMonth = FIRST_MONTH[season] + offset;
	const first = addMonths<TZDate, TZDate>(
		startOfYear<TZDate, TZDate>(setYear(context.reference, year)),
		firstMonth
	);
	return [first, lastDayOfMonth(addMonths(first, 2))];
}

/** The hemisphere a season is read in, said in words, for the reading's note. */
function hemisphereNote(timeZone: string): Said {
	const key = isSouthernZone(timeZone) ? 'seasonsSouth' : 'seasonsNorth';
	return reading(key, { why: zoneSide(timeZone) });
}

/**
 * `in the spring`, `this spring`, `last spring`, `next spring`, `spring 2024`, `until spring`,
 * `into the spring`, `the summer` (as in "since the summer"): a season as a span of whole months. Without a year: the one under way at
 * publication; else, as `last`/`next` or the direction says, the latest before or the first
 * after it; `until` and `into` look ahead unless the sentence looks back. With none of these,
 * it is not guessed.
 */
function season(match: RegExpExecArray, context: RuleContext): DaysResult {
	const which = match[1] ?? match[2];
	const name = (match[3] === 'fall' ? 'autumn' : match[3]) as Season;
	const written = match[4] ?? match[5];
	const note = hemisphereNote(context.timeZone);
	if (written) return months(...seasonStarting(name, Number(written), context), note);
	const direction =
		context.direction ?? (which && /^(?:until|till|into)$/.test(which) ? 'future' : undefined);

	const year = context.reference.getFullYear();
	const around = [year - 2, year - 1, year, year + 1].map((y) => seasonStarting(name, y, context));
	const { reference } = context;
	const current = around.find(
		([first, last]) => !isAfter(first, reference) && !isBefore(last, reference)
	);
	const before = around.filter(([, last]) => isBefore(last, reference)).at(-1);
	const after = around.find(([first]) => isAfter(first, reference));
	const pick =
		which === 'last'
			? before
			: which === 'next'
				? after
				: (current ?? (direction === 'past' ? before : direction === 'future' ? after : undefined));
	if (!pick) {
		return fail('seasonUnknown', { day: isoDay(reference), season: { key: name } });
	}
	return months(...pick, note);
}

// ── Since ───────────────────────────────────────────────────────────────────

/**
 * `since last week`: from the start of what the words name to the publication day. The words
 * look back whatever the sentence's tense: "since November" is the last November.
 */
function since(resolveWords: ResolveWords) {
	return (match: RegExpExecArray, context: RuleContext): DaysResult => {
		const inner = resolveWords(match[1] ?? '', { ...context, direction: 'past' });
		if (inner === null) return fail('sinceNotDate');
		if (!inner.ok) return inner;
		if (inner.interval.modifier) return fail('sinceDeadline');
		if (isAfter(inner.interval.first, context.reference)) {
			return fail('startsAfter', { day: isoDay(context.reference) });
		}
		return days(inner.interval.first, context.reference);
	};
}

/** The rules, in the order they are tried (before dateRules.ts's own). */
export function newsRules(resolveWords: ResolveWords): DayRule[] {
	return [
		phraseRule('(this|last|next) (month|year)', relativeUnit),
		phraseRule('earlier this (month|year)', earlierThis),
		phraseRule('later this (month|year)', laterThis),
		phraseRule('so far this (month|year)', soFarThis),
		phraseRule('by the end of (the|this|next) (week|month|year)', byEndOf),
		phraseRule('(?:(this|last|next) )?weekend', weekend),
		phraseRule('(?:in |during )?(\\d{4})', year),
		phraseRule(`(?:in |during )?${MONTH_PATTERN} (\\d{4})`, month),
		phraseRule(`(?:(?:in|during) )?${MONTH_PATTERN}`, month),
		phraseRule(`(this|last|next) ${MONTH_PATTERN}`, relativeMonth),
		phraseRule(
			`(?:on |as of |through |until |till )?((?:${WEEKDAY_PATTERN},? )?(?:${DAY_NUMBER} ${ANY_MONTH}|${ANY_MONTH} ${DAY_NUMBER})(?:,? \\d{4})?)`,
			writtenDay
		),
		phraseRule(
			'(?:(?:in|during|over) (?:the )?|(until|till|into) (?:the )?|(this|last|next) |the )?(spring|summer|autumn|fall|winter)(?: of (\\d{4})| (\\d{4}))?',
			season
		),
		// Not "since since …": the words after "since" are read once, so no input recurses deeper.
		phraseRule('since (?!since\\b)(.+)', since(resolveWords))
	];
}
