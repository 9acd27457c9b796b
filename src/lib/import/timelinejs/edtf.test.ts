import { describe, expect, it } from 'vitest';
import { timelineJsDate } from './edtf';
import { parseTime } from './readCsv';

describe('timelineJsDate', () => {
	const ok: { name: string; date: Record<string, unknown>; zone?: string; edtf: string }[] = [
		{ name: 'year only', date: { year: '1843' }, edtf: '1843' },
		{ name: 'year as a number', date: { year: 1843 }, edtf: '1843' },
		{ name: 'year and month', date: { year: '1843', month: '7' }, edtf: '1843-07' },
		{ name: 'empty parts are absent', date: { year: '1952', month: '', day: '' }, edtf: '1952' },
		{ name: 'a day', date: { year: '622', month: '08', day: '09' }, edtf: '0622-08-09' },
		// TimelineJS has no year 0 (its -44 is 44 BCE); EDTF's year 0 is 1 BCE, so -44 is -0043.
		{
			name: 'the Ides of March, 44 BCE',
			date: { year: -44, month: 3, day: 15 },
			edtf: '-0043-03-15'
		},
		{ name: 'a year BCE', date: { year: '-753' }, edtf: '-0752' },
		{ name: '1 BCE is EDTF year 0', date: { year: -1 }, edtf: '0000' },
		{ name: '1 CE', date: { year: 1 }, edtf: '0001' },
		{ name: 'a year before 1000', date: { year: 476 }, edtf: '0476' },
		{
			name: 'a leap day in 45 BCE (year -44)',
			date: { year: -45, month: 2, day: 29 },
			edtf: '-0044-02-29'
		},
		{ name: 'deep time', date: { year: '-170000' }, edtf: 'Y-169999' },
		{ name: 'beyond 9999', date: { year: 12345 }, edtf: 'Y12345' },
		// Older than a Date holds: written all the same; the story's reader refuses it by name.
		{ name: 'the Big Bang', date: { year: '-13800000000' }, edtf: 'Y-13799999999' },
		{ name: 'leap day', date: { year: 2024, month: 2, day: 29 }, edtf: '2024-02-29' },
		{
			name: 'a time in UTC',
			date: { year: 2024, month: 1, day: 2, hour: 14, minute: 51 },
			edtf: '2024-01-02T14:51Z'
		},
		{
			name: 'an hour alone is written with :00, the least EDTF allows',
			date: { year: 2024, month: 1, day: 2, hour: 9 },
			edtf: '2024-01-02T09:00Z'
		},
		{
			name: 'a time in a zone, winter',
			date: { year: 2025, month: 2, day: 27, hour: 9, minute: 30, second: 5 },
			zone: 'America/New_York',
			edtf: '2025-02-27T09:30:05-05:00'
		},
		{
			name: 'a time in a zone, summer',
			date: { year: 2025, month: 7, day: 1, hour: 9, minute: 30, second: 0, millisecond: 250 },
			zone: 'Europe/London',
			edtf: '2025-07-01T09:30:00.250+01:00'
		}
	];
	it.each(ok)('$name → $edtf', ({ date, zone, edtf }) => {
		const result = timelineJsDate(date, zone ?? 'UTC');
		expect(result).toMatchObject({ ok: true, date: { edtf } });
	});

	const bad: { name: string; date: Record<string, unknown>; part: string; message: RegExp }[] = [
		{ name: 'no year', date: { month: '3' }, part: 'year', message: /needs a year/ },
		{ name: 'a word for a year', date: { year: 'soon' }, part: 'year', message: /"soon"/ },
		{ name: 'a fraction', date: { year: 1843.5 }, part: 'year', message: /whole number/ },
		{ name: 'an object', date: { year: {} }, part: 'year', message: /object/ },
		{ name: 'month 13', date: { year: 2000, month: 13 }, part: 'month', message: /1–12/ },
		{ name: '30 February', date: { year: 2023, month: 2, day: 29 }, part: 'day', message: /1–28/ },
		{ name: 'a day without a month', date: { year: 2000, day: 3 }, part: 'day', message: /needs a month/ },
		{
			name: 'a time without a day',
			date: { year: 2000, month: 1, hour: 3 },
			part: 'hour',
			message: /needs a day/
		},
		{ name: 'hour 24', date: { year: 2000, month: 1, day: 1, hour: 24 }, part: 'hour', message: /0–23/ },
		{ name: 'year 0', date: { year: 0 }, part: 'year', message: /no year 0/ },
		{ name: '44 BCE had no 29 February', date: { year: -44, month: 2, day: 29 }, part: 'day', message: /1–28/ },
		{
			name: 'a month on a huge year',
			date: { year: -20000, month: 1 },
			part: 'month',
			message: /beyond 9999/
		}
	]; // prettier-ignore
	it.each(bad)('$name: names $part', ({ date, part, message }) => {
		const result = timelineJsDate(date, 'UTC');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.part).toBe(part);
		expect(result.message).toMatch(message);
	});
});

describe('parseTime', () => {
	it.each([
		['14:30', { hour: '14', minute: '30' }],
		['1430', { hour: '14', minute: '30' }],
		['9', { hour: '9' }],
		['2:30 PM', { hour: '14', minute: '30' }],
		['12:05 a.m.', { hour: '0', minute: '05' }],
		['12 pm', { hour: '12' }],
		['14:30:15', { hour: '14', minute: '30', second: '15' }],
		['14:30:15.25', { hour: '14', minute: '30', second: '15', millisecond: '250' }],
		['noon', null],
		['13 PM', null],
		['14:30:15:10:2', null]
	])('%s', (time, expected) => {
		expect(parseTime(time)).toEqual(expected);
	});
});
