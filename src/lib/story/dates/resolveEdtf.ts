import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addYears } from 'date-fns';
import type { DateQualifier, ResolvedDate } from '../types';
import { isPoint, type Edtf, type EdtfDate, type EdtfPoint } from './edtf';
import { instantDate, utcIso } from './instant';

export type EdtfResolved = { ok: true; date: ResolvedDate } | { ok: false; message: string };

/**
 * EDTF as a resolved interval in `timeZone`: a calendar unit from its first moment there to
 * the first moment of the next (`1970-04` is April 1970 in that zone); an interval from its
 * start's first moment to its end's last. An open or unknown end keeps the known end's
 * interval, with `modifier` `before` (`../1985`) or `after` (`1985/..`). An interval
 * lasts `throughout`; a set (`[2025-02-24..2025-02-26]`) is one of its members, so it is the
 * range from the earliest to the latest, `within`.
 */
export function resolveEdtf(value: Edtf, timeZone: string): EdtfResolved {
	if (value.kind === 'point') return { ok: true, date: pointDate(value.point, timeZone) };
	if (value.kind === 'set') return { ok: true, date: setDate(value.members, timeZone) };
	const { start, end } = value;
	if (!isPoint(start) || !isPoint(end)) {
		const extent = 'throughout';
		if (isPoint(end))
			return { ok: true, date: { ...pointDate(end, timeZone), extent, modifier: 'before' } };
		if (isPoint(start))
			return { ok: true, date: { ...pointDate(start, timeZone), extent, modifier: 'after' } };
		return { ok: false, message: 'an interval needs at least one known end' };
	}
	const first = pointDate(start, timeZone);
	const last = pointDate(end, timeZone);
	if (Date.parse(first.startsAt) > Date.parse(last.startsAt)) {
		return { ok: false, message: 'the interval ends before it starts' };
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

/** One calendar unit (a decade or century is written as its first and last years). */
function calendarDate(date: EdtfDate, timeZone: string): ResolvedDate {
	const { year, month, day, unit, qualifier } = date;
	const first = new TZDate(year, month - 1, day, timeZone);
	let next: Date;
	let start: string;
	let end: string;
	switch (unit) {
		case 'day':
			next = addDays(first, 1);
			start = end = `${year}-${pad(month)}-${pad(day)}`;
			break;
		case 'month':
			next = addMonths(first, 1);
			start = end = `${year}-${pad(month)}`;
			break;
		case 'year':
			next = addYears(first, 1);
			start = end = String(year);
			break;
		case 'decade':
			next = addYears(first, 10);
			start = String(year);
			end = String(year + 9);
			break;
		case 'century':
			next = addYears(first, 100);
			start = String(year);
			end = String(year + 99);
			break;
	}
	const resolved: ResolvedDate = {
		start,
		end,
		precision: unit === 'century' ? 'span' : unit,
		extent: 'within',
		timeZone,
		startsAt: utcIso(first),
		endsAt: utcIso(next)
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
