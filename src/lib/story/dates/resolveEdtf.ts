import { failed, type Failed, type Said } from '../said';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addYears } from 'date-fns';
import type { DateQualifier, ResolvedDate } from '../types';
import { isPoint, type Edtf, type EdtfDate, type EdtfEnd, type EdtfPoint } from './edtf';
import { yearPart } from './edtfSeasons';
import { instantDate, utcIso } from './instant';

/** On success, `assumption` says what the reading takes for granted (a season's hemisphere). */
export type EdtfResolved = { ok: true; date: ResolvedDate; assumption?: Said } | Failed;

/**
 * EDTF as a resolved interval in `timeZone`: a calendar unit from its first moment there to
 * the first moment of the next (`1970-04` is April 1970 in that zone); an interval from its
 * start's first moment to its end's last. An open or unknown end keeps the known end's
 * interval, with `modifier` `before` (`../1985`) or `after` (`1985/..`). An interval
 * lasts `throughout`; a set (`[2025-02-24..2025-02-26]`) is one of its members, so it is the
 * range from the earliest to the latest, `within`. A season is its months, `within`.
 */
export function resolveEdtf(value: Edtf, timeZone: string): EdtfResolved {
	const resolved = resolveValue(value, timeZone);
	if (!resolved.ok) return resolved;
	const ends = value.kind === 'set' ? value.members : value.kind === 'point' ? [value.point] : [value.start, value.end]; // prettier-ignore
	const assumption = seasonAssumption(ends, timeZone);
	return assumption ? { ...resolved, assumption } : resolved;
}

/** The first season's assumption among `ends`: they are all read in the same zone. */
function seasonAssumption(ends: EdtfEnd[], timeZone: string): Said | undefined {
	for (const end of ends)
		if (end.kind === 'date' && end.unit === 'season') {
			const { assumption } = yearPart(end.month, timeZone);
			if (assumption) return assumption;
		}
	return undefined;
}

function resolveValue(value: Edtf, timeZone: string): EdtfResolved {
	if (value.kind === 'point') return { ok: true, date: pointDate(value.point, timeZone) };
	if (value.kind === 'set') return { ok: true, date: setDate(value.members, timeZone) };
	const { start, end } = value;
	if (!isPoint(start) || !isPoint(end)) {
		const extent = 'throughout';
		if (isPoint(end))
			return { ok: true, date: { ...pointDate(end, timeZone), extent, modifier: 'before' } };
		if (isPoint(start))
			return { ok: true, date: { ...pointDate(start, timeZone), extent, modifier: 'after' } };
		return failed('noKnownEnd');
	}
	const first = pointDate(start, timeZone);
	const last = pointDate(end, timeZone);
	if (Date.parse(first.startsAt) > Date.parse(last.startsAt)) {
		return failed('endsBefore');
	}
	return { ok: true, date: { ...spanDate(first, last, timeZone), extent: 'throughout' } };
}

/** From `first`'s start to `last`'s end, as uncertain and approximate as either. */
function spanDate(first: ResolvedDate, last: ResolvedDate, timeZone: string): ResolvedDate {
	const date: ResolvedDate = {
		start: first.start,
		end: last.end,
		precision: 'span',
		extent: 'within',
		timeZone,
		startsAt: first.startsAt,
		endsAt: last.endsAt
	};
	const qualifier = mergeQualifiers(first.qualifier, last.qualifier);
	return qualifier ? { ...date, qualifier } : date;
}

/** The members' range: from the one that starts first to the one that ends last. */
function setDate(members: EdtfPoint[], timeZone: string): ResolvedDate {
	const dates = members.map((member) => pointDate(member, timeZone));
	let first = dates[0]!;
	let last = first;
	for (const date of dates) {
		if (Date.parse(date.startsAt) < Date.parse(first.startsAt)) first = date;
		if (Date.parse(date.endsAt) > Date.parse(last.endsAt)) last = date;
	}
	if (first === last) return first;
	const span = spanDate(first, last, timeZone);
	const qualifier = dates.reduce<DateQualifier | undefined>(
		(merged, date) => mergeQualifiers(merged, date.qualifier),
		undefined
	);
	return qualifier ? { ...span, qualifier } : span;
}

function pointDate(point: EdtfPoint, timeZone: string): ResolvedDate {
	return point.kind === 'instant'
		? instantDate(point.instant, timeZone)
		: calendarDate(point, timeZone);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A year as ISO 8601 writes it: at least four digits, a minus before BCE ones (`-0043`, `0476`, `12345`). */
export const writeYear = (year: number) => `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;

/**
 * Dates take years 0–99 for 1900–1999, so a year before 100 is counted on by whole 400-year
 * cycles of the Gregorian calendar (each exactly 146,097 days, weekdays and leap days
 * included) and the instants are moved back by as much. Every zone keeps its local mean
 * time that long ago, so the offset is the same.
 */
function cyclesOn(year: number): { years: number; ms: number } {
	const cycles = year < 100 ? Math.ceil((100 - year) / 400) : 0;
	return { years: cycles * 400, ms: cycles * 146_097 * 86_400_000 };
}

/** One calendar unit (a decade or century is written as its first and last years, a season as its months). */
function calendarDate(date: EdtfDate, timeZone: string): ResolvedDate {
	const { year, day, unit, qualifier } = date;
	const part = unit === 'season' ? yearPart(date.month, timeZone) : null;
	const month = part ? part.firstMonth : date.month;
	const shift = cyclesOn(year);
	const first = new TZDate(year + shift.years, month - 1, day, timeZone);
	const written = writeYear(year);
	let next: Date;
	let start: string;
	let end: string;
	switch (unit) {
		case 'day':
			next = addDays(first, 1);
			start = end = `${written}-${pad(month)}-${pad(day)}`;
			break;
		case 'month':
			next = addMonths(first, 1);
			start = end = `${written}-${pad(month)}`;
			break;
		case 'season': {
			next = addMonths(first, part!.months);
			const last = month - 1 + part!.months - 1; // months since the year's January
			start = `${written}-${pad(month)}`;
			end = `${writeYear(year + Math.floor(last / 12))}-${pad((last % 12) + 1)}`;
			break;
		}
		case 'year':
			next = addYears(first, 1);
			start = end = written;
			break;
		case 'decade':
			next = addYears(first, 10);
			start = written;
			end = writeYear(year + 9);
			break;
		case 'century':
			next = addYears(first, 100);
			start = written;
			end = writeYear(year + 99);
			break;
	}
	const resolved: ResolvedDate = {
		start,
		end,
		precision: unit === 'century' || unit === 'season' ? 'span' : unit,
		extent: 'within',
		timeZone,
		startsAt: utcIso(new Date(first.getTime() - shift.ms)),
		endsAt: utcIso(new Date(next.getTime() - shift.ms))
	};
	return qualifier ? { ...resolved, qualifier } : resolved;
}

/** An interval is as uncertain, and as approximate, as either of its ends. */
function mergeQualifiers(
	a: DateQualifier | undefined,
	b: DateQualifier | undefined
): DateQualifier | undefined {
	const uncertain = [a, b].some((q) => q === 'uncertain' || q === 'uncertain-approximate');
	const approximate = [a, b].some((q) => q === 'approximate' || q === 'uncertain-approximate');
	if (uncertain && approximate) return 'uncertain-approximate';
	if (uncertain) return 'uncertain';
	return approximate ? 'approximate' : undefined;
}
