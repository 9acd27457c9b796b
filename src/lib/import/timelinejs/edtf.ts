import { TZDate } from '@date-fns/tz';
import type { CheckKey } from '../../i18n/checks/en';
import { isoOffset } from '../../story/dates/isoOffset';
import type { Said } from '../../story/said';
import { expected, said } from './importSaid';
import type { DateField } from './types';

/**
 * One TimelineJS date (`{ year, month?, day?, hour?, minute?, second?, millisecond? }`) as
 * EDTF at exactly the precision it is written with: `1843`, `1843-07`, `1843-07-14`, or a
 * date-time with the offset that `timeZone` has at that wall-clock time (TimelineJS times
 * carry no zone). Values may be numbers or strings of digits, as TimelineJS accepts both.
 * TimelineJS counts years as historians do, with no year 0: its `-44` is 44 BCE, which EDTF
 * (like ISO 8601, where year 0 is 1 BCE) writes `-0043`.
 */
export type DateResult = { ok: true; date: WrittenDate } | ({ ok: false; part: DateField } & Said);

export interface WrittenDate {
	edtf: string;
	/** The first and last moment it covers, as comparable parts (year, month, day, …). */
	first: number[];
	last: number[];
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Part = (typeof PARTS)[number];
type Ranged = Exclude<Part, 'year' | 'day'>;
const LIMITS: Record<Ranged, [number, number]> = {
	month: [1, 12],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59],
	millisecond: [0, 999]
};
/** What is said of a part out of its range, and of a part without the one above it. */
const NOT_A: Record<Ranged, CheckKey> = {
	month: 'tljsNotMonth',
	hour: 'tljsNotHour',
	minute: 'tljsNotMinute',
	second: 'tljsNotSecond',
	millisecond: 'tljsNotMillisecond'
};
const ALONE: Partial<Record<Part, CheckKey>> = {
	day: 'tljsDayAlone',
	hour: 'tljsHourAlone',
	minute: 'tljsMinuteAlone',
	second: 'tljsSecondAlone',
	millisecond: 'tljsMillisecondAlone'
};

export function timelineJsDate(value: Record<string, unknown>, timeZone: string): DateResult {
	const parts: Partial<Record<Part, number>> = {};
	for (const part of PARTS) {
		const read = readInteger(value[part]);
		if (read === null) return notWhole(part, value[part]);
		if (read !== undefined) parts[part] = read;
	}
	const { year: written, month, day, hour, minute, second, millisecond } = parts;
	if (written === undefined) return fail('year', said('tljsNoYear'));
	if (written === 0) return fail('year', said('tljsYearZero'));
	const year = written < 0 ? written + 1 : written;
	for (const part of ['month', 'hour', 'minute', 'second', 'millisecond'] as const) {
		const n = parts[part];
		const [min, max] = LIMITS[part];
		if (n !== undefined && (n < min || n > max))
			return fail(part, said(NOT_A[part], { value: String(n), min, max }));
	}
	// Each part needs the one above it: a day without a month would invent the month.
	const missing = firstGap([month, day, hour, minute, second, millisecond]);
	if (missing !== -1) {
		const part = PARTS[missing + 2]!;
		return fail(part, said(ALONE[part]!));
	}
	if (day !== undefined) {
		const days = daysInMonth(year, month!);
		if (day < 1 || day > days) return fail('day', said('tljsNotDay', { value: String(day), days }));
	}
	if (month !== undefined && Math.abs(year) > 9999)
		return fail('month', said('tljsYearAlone', { year: String(written) }));

	const first = [year, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, millisecond ?? 0];
	const last = [
		year,
		month ?? 12,
		day ?? (month === undefined ? 31 : daysInMonth(year, month)),
		hour ?? 23,
		minute ?? 59,
		second ?? 59,
		millisecond ?? 999
	];
	let edtf = writeYear(year);
	if (month !== undefined) edtf += `-${pad(month, 2)}`;
	if (day !== undefined) edtf += `-${pad(day, 2)}`;
	if (hour !== undefined) {
		edtf += `T${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
		if (second !== undefined) edtf += `:${pad(second, 2)}`;
		if (millisecond !== undefined) edtf += `.${pad(millisecond, 3)}`;
		edtf += offsetAt(first, timeZone);
	}
	return { ok: true, date: { edtf, first, last } };
}

/** Whether parts `a` come strictly before parts `b`. */
export function isBefore(a: number[], b: number[]): boolean {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
	return false;
}

function fail(part: DateField, problem: Said): DateResult {
	return { ok: false, part, ...problem };
}

/** A part that is not a whole number: the file's text or number as it is, else its type. */
function notWhole(part: DateField, value: unknown): DateResult {
	if (typeof value === 'string')
		return fail(part, said('tljsNotWhole', { value: JSON.stringify(value.slice(0, 40)) }));
	if (typeof value === 'number') return fail(part, said('tljsNotWhole', { value: String(value) }));
	return fail(part, expected('aWholeNumber', value));
}

/** A whole number, undefined when absent (`''`, null), null when it is something else. */
function readInteger(value: unknown): number | undefined | null {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	if (trimmed === '') return undefined;
	if (!/^[-+]?\d{1,16}$/.test(trimmed)) return null;
	const n = Number(trimmed);
	return Number.isSafeInteger(n) ? n : null;
}

/** Index of the first present part that follows an absent one, or -1. */
function firstGap(parts: (number | undefined)[]): number {
	for (let i = 1; i < parts.length; i++)
		if (parts[i] !== undefined && parts[i - 1] === undefined) return i - 1;
	return -1;
}

function daysInMonth(year: number, month: number): number {
	// Proleptic Gregorian, as EDTF counts: every 4th year, not centuries, but every 400th.
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** EDTF years: four digits (`0602`, `-0300`), or `Y` and the digits past 9999. */
function writeYear(year: number): string {
	if (Math.abs(year) > 9999) return `Y${year}`;
	return `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

/** The zone's UTC offset at that wall-clock time, as EDTF writes it (`Z`, `-05:00`). */
function offsetAt([year, month, day, hour, minute]: number[], timeZone: string): string {
	const wall = new TZDate(2000, 0, 1, 0, 0, 0, timeZone);
	wall.setFullYear(year!, month! - 1, day!);
	wall.setHours(hour!, minute!, 0, 0);
	const offset = isoOffset(wall);
	return offset === '+00:00' ? 'Z' : offset;
}
