import type { CheckKey } from '../../i18n/checks/en';
import { failed, type Failed } from '../said';
import type { DateQualifier } from '../types';

/**
 * A hand-written reader for the parts of EDTF (ISO 8601-2) levels 0 and 1 that a story
 * needs. The `edtf` package reads the same and more, but adds about 11 KB (gzip) to every
 * embed for a grammar engine; this is a few hundred bytes, and the tests check it against
 * that package.
 *
 * Read: `1952`, `1970-04`, `2025-02-19`, `196X` (a decade), `19XX` (a century), `1985-XX`,
 * `1985-04-XX`; years before 1000 (`0476`), year 0 and BCE years, counted as ISO 8601 does
 * (`0000` is 1 BC, `-0043-03-15` the Ides of March of 44 BC), long years (`Y-170000`,
 * `Y12345`, a year alone); seasons and other parts of a year (`2025-21`: see edtfSeasons.ts); a trailing `?` (uncertain), `~` (approximate) or `%` (both); date-times
 * with an offset (`2024-01-02T14:51Z`); intervals `a/b` of those, with open (`..`) or
 * unknown (empty) ends; "one of" sets of them (level 2: `[2025-02-24..2025-02-26]`,
 * `[1667,1668,1670..1672]`), read as the range from their earliest to their latest member,
 * with ends known. Refused with a reason: years a Date cannot hold (see MIN_YEAR), date-times
 * without an offset.
 */

export type CalendarUnit = 'day' | 'month' | 'year' | 'decade' | 'century' | 'season';

export interface EdtfDate {
	kind: 'date';
	year: number;
	/** 1–12, where the unit is `month` or `day`; for a `season`, its EDTF code (21–41). */
	month: number;
	/** 1–31, where the unit is `day`. */
	day: number;
	unit: CalendarUnit;
	qualifier?: DateQualifier;
}

export interface EdtfInstant {
	kind: 'instant';
	instant: Date;
}

export type EdtfPoint = EdtfDate | EdtfInstant;
/** An interval's end: a point, open (`..`: no end) or unknown (empty: an end not known). */
export type EdtfEnd = EdtfPoint | { kind: 'open' } | { kind: 'unknown' };

export type Edtf =
	| { kind: 'point'; point: EdtfPoint }
	| { kind: 'interval'; start: EdtfEnd; end: EdtfEnd }
	/** One of the members (a range `a..b` gives its two ends), in the order written. */
	| { kind: 'set'; members: EdtfPoint[] };

/** `null`: not EDTF at all (date words, say). On failure, a reason to follow `Cannot resolve "…": `. */
export type EdtfResult = { ok: true; value: Edtf } | Failed | null;

/**
 * The years a JavaScript Date holds whole (it spans ±8.64e15 ms, from 20 April 271,821 BC to
 * 13 September AD 275,760), in ISO 8601's count: year 0 is 1 BC, -271820 is 271,821 BC.
 */
export const MIN_YEAR = -271_820;
export const MAX_YEAR = 275_759;

/** Only EDTF's characters, with a digit or a slash: anything else is left to the date words. */
const EDTF_SHAPE = /^(?=.*[\d/])[\dxyt:+.\-/?~%z]+$/;
const DATE = /^(-?\d{4}|\d{3}x|\d{2}xx)(?:-(\d{2}|xx)(?:-(\d{2}|xx))?)?([?~%])?$/;
const LONG_YEAR = /^y(-?\d+)([?~%])?$/;
const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})t(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(z|[+-]\d{2}(?::?\d{2})?)?$/;
const QUALIFIERS: Record<string, DateQualifier> = {
	'?': 'uncertain',
	'~': 'approximate',
	'%': 'uncertain-approximate'
};

const yearRange = (year: number) =>
	failed('yearRange', { year: String(year), min: String(MIN_YEAR), max: String(MAX_YEAR) });

type Read<T> = { ok: true; value: T } | Failed;
const fail = (key: CheckKey): Failed => failed(key);

/** Reads trimmed, lower-case `text` as EDTF. */
export function parseEdtf(text: string): EdtfResult {
	if (SET_SHAPE.test(text)) return readSet(text.slice(1, -1));
	if (!EDTF_SHAPE.test(text)) return null;
	const parts = text.split('/');
	if (parts.length > 2) return fail('notEdtf');
	if (parts.length === 1) {
		const point = readPoint(text);
		return point.ok ? { ok: true, value: { kind: 'point', point: point.value } } : point;
	}
	const [start, end] = parts.map(readEnd) as [Read<EdtfEnd>, Read<EdtfEnd>];
	if (!start.ok) return start;
	if (!end.ok) return end;
	if (!isPoint(start.value) && !isPoint(end.value)) {
		return fail('noKnownEnd');
	}
	return { ok: true, value: { kind: 'interval', start: start.value, end: end.value } };
}

const SET_SHAPE = /^\[[^\]]*\]$/;

/** The inside of `[…]`: members and ranges `a..b`, separated by commas. */
function readSet(text: string): EdtfResult {
	const members: EdtfPoint[] = [];
	for (const item of text.split(',')) {
		const ends = item.split('..').map((end) => end.trim());
		if (ends.length > 2 || ends.some((end) => end === '')) {
			return fail('setUnknown');
		}
		for (const end of ends) {
			if (end.includes('/')) return fail('notEdtf');
			const point = readPoint(end);
			if (!point.ok) return point;
			members.push(point.value);
		}
	}
	return { ok: true, value: { kind: 'set', members } };
}

export function isPoint(end: EdtfEnd): end is EdtfPoint {
	return end.kind === 'date' || end.kind === 'instant';
}

function readEnd(text: string): Read<EdtfEnd> {
	if (text === '') return { ok: true, value: { kind: 'unknown' } };
	if (text === '..') return { ok: true, value: { kind: 'open' } };
	return readPoint(text);
}

function readPoint(text: string): Read<EdtfPoint> {
	return text.includes('t') ? readInstant(text) : readDate(text);
}

function readInstant(text: string): Read<EdtfInstant> {
	const match = DATE_TIME.exec(text);
	if (!match) return fail('notEdtf');
	const [, y, mo, d, h, mi, s = '00', ms = '0', offset] = match;
	if (offset === undefined) return fail('needsOffset');
	const year = Number(y);
	const zone = offset === 'z' ? 'Z' : normaliseOffset(offset);
	const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms.padEnd(3, '0')}${zone}`);
	// The round trip catches 2025-02-30 or 25:00, which Date would roll over or refuse.
	const valid =
		!Number.isNaN(instant.getTime()) &&
		isRealDay(year, Number(mo), Number(d)) &&
		Number(h) < 24 &&
		Number(mi) < 60 &&
		Number(s) < 60 &&
		Math.abs(offsetMinutes(zone)) < 24 * 60;
	return valid ? { ok: true, value: { kind: 'instant', instant } } : fail('needsOffset');
}

/** `+05` and `+0530` as `+05:00` and `+05:30`. */
function normaliseOffset(offset: string): string {
	const digits = offset.slice(1).replace(':', '');
	return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}

function offsetMinutes(zone: string): number {
	if (zone === 'Z') return 0;
	const sign = zone.startsWith('-') ? -1 : 1;
	return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function readDate(text: string): Read<EdtfDate> {
	const long = LONG_YEAR.exec(text);
	const match = long ? null : DATE.exec(text);
	if (!long && !match) return fail('notEdtf');
	const [yearText = '', monthText, dayText, mark] = long
		? [long[1], undefined, undefined, long[2]]
		: match!.slice(1);
	const qualifier = mark === undefined ? undefined : QUALIFIERS[mark];
	const withQualifier = (date: EdtfDate): Read<EdtfDate> => ({
		ok: true,
		value: qualifier ? { ...date, qualifier } : date
	});

	const unspecified = (yearText.match(/x/g) ?? []).length;
	// `-0000` is year 0 too; `+ 0` keeps it from being written as minus zero.
	const year = Number(yearText.replace(/x/g, '0')) + 0;
	if (year < MIN_YEAR || year > MAX_YEAR) return yearRange(year);
	if (unspecified > 0) {
		if (monthText !== undefined) return fail('notEdtf');
		return withQualifier({
			kind: 'date',
			year,
			month: 1,
			day: 1,
			unit: unspecified === 1 ? 'decade' : 'century'
		});
	}
	if (monthText === undefined || monthText === 'xx') {
		if (dayText !== undefined && dayText !== 'xx') return fail('notEdtf');
		return withQualifier({ kind: 'date', year, month: 1, day: 1, unit: 'year' });
	}
	const month = Number(monthText);
	if (month >= 21 && month <= 41) {
		if (dayText !== undefined) return fail('notEdtf');
		return withQualifier({ kind: 'date', year, month, day: 1, unit: 'season' });
	}
	if (month < 1 || month > 12) return fail('notCalendar');
	if (dayText === undefined || dayText === 'xx') {
		return withQualifier({ kind: 'date', year, month, day: 1, unit: 'month' });
	}
	const day = Number(dayText);
	if (!isRealDay(year, month, day)) return fail('notCalendar');
	return withQualifier({ kind: 'date', year, month, day, unit: 'day' });
}

function isRealDay(year: number, month: number, day: number): boolean {
	// Day 0 of the next month is the last day of this one. The year is set on its own, as
	// Date.UTC would take years 0–99 for 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(year, month, 0);
	const last = date.getUTCDate();
	return month >= 1 && month <= 12 && day >= 1 && day <= last;
}
