import { describe, expect, it } from 'vitest';
import { axisTicks } from './axisTicks';
import { axisUnit, formatTick, formatWallDays, tickUnit } from './tickFormat';
import { createTimeScale } from './timeScale';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('tickUnit', () => {
	it.each([
		{ tick: '2025-01-01T00:00:00', expected: 'year' },
		{ tick: '2025-03-01T00:00:00', expected: 'month' },
		{ tick: '2025-02-24T00:00:00', expected: 'day' },
		{ tick: '2025-02-24T06:00:00', expected: 'time' }
	])('$tick is a $expected tick', ({ tick, expected }) => {
		expect(tickUnit(utc(tick))).toBe(expected);
	});
});

describe('formatTick (en-GB, wall-clock dates)', () => {
	it.each([
		{
			name: 'a day among days',
			tick: '2025-02-24T00:00:00',
			all: ['2025-02-24T00:00:00', '2025-02-25T00:00:00'],
			expected: 'Mon 24 Feb'
		},
		{
			name: 'a month start among days still reads as a day',
			tick: '2025-03-01T00:00:00',
			all: ['2025-02-28T00:00:00', '2025-03-01T00:00:00'],
			expected: 'Sat 1 Mar'
		},
		{
			name: 'an hour inside a day',
			tick: '2025-02-27T14:00:00',
			all: ['2025-02-27T12:00:00', '2025-02-27T14:00:00'],
			expected: '14:00'
		},
		{
			name: 'midnight among hours names the day',
			tick: '2025-02-28T00:00:00',
			all: ['2025-02-27T18:00:00', '2025-02-28T00:00:00', '2025-02-28T06:00:00'],
			expected: 'Fri 28 Feb'
		},
		{
			name: 'months when zoomed far out',
			tick: '2025-03-01T00:00:00',
			all: ['2025-02-01T00:00:00', '2025-03-01T00:00:00'],
			expected: 'March'
		},
		{
			name: 'years when every tick is a year',
			tick: '2026-01-01T00:00:00',
			all: ['2025-01-01T00:00:00', '2026-01-01T00:00:00'],
			expected: '2026'
		}
	])('$name', ({ tick, all, expected }) => {
		expect(formatTick(utc(tick), all.map(utc))).toBe(expected);
	});
});

describe('axisUnit', () => {
	it.each([
		{
			name: 'centuries of years',
			ticks: ['1800-01-01T00:00:00', '1900-01-01T00:00:00'],
			expected: 'Years'
		},
		{ name: 'months', ticks: ['2025-02-01T00:00:00', '2025-03-01T00:00:00'], expected: 'Months' },
		{
			name: 'days',
			ticks: ['2025-02-24T00:00:00', '2025-02-25T00:00:00'],
			expected: 'Days (Europe/London)'
		},
		{
			name: 'hours',
			ticks: ['2025-02-24T06:00:00', '2025-02-24T12:00:00'],
			expected: 'Hours, Mon 24 Feb 2025 (Europe/London)'
		},
		{
			name: 'hours over midnight name both days',
			ticks: ['2025-02-24T18:00:00', '2025-02-25T00:00:00', '2025-02-25T06:00:00'],
			expected: 'Hours, Mon 24 Feb – Tue 25 Feb 2025 (Europe/London)'
		},
		{
			name: 'hours from a midnight on',
			ticks: ['2025-02-25T00:00:00', '2025-02-25T03:00:00'],
			expected: 'Hours, Tue 25 Feb 2025 (Europe/London)'
		},
		{
			name: 'hours over the new year name both years',
			ticks: ['2025-12-31T18:00:00', '2026-01-01T00:00:00', '2026-01-01T06:00:00'],
			expected: 'Hours, Wed 31 Dec 2025 – Thu 1 Jan 2026 (Europe/London)'
		},
		{
			name: 'minutes',
			ticks: ['2025-02-24T06:10:00', '2025-02-24T06:20:00'],
			expected: 'Minutes, Mon 24 Feb 2025 (Europe/London)'
		},
		{
			name: 'minutes just after midnight (once "00:30 00:45…" with no date anywhere)',
			ticks: ['2025-02-28T00:30:00', '2025-02-28T00:45:00', '2025-02-28T01:00:00'],
			expected: 'Minutes, Fri 28 Feb 2025 (Europe/London)'
		},
		{ name: 'no ticks', ticks: [], expected: '' }
	])('$name', ({ ticks, expected }) => {
		expect(axisUnit(ticks.map(utc), 'Europe/London')).toBe(expected);
	});
});

describe('formatWallDays', () => {
	it.each([
		{ first: '2025-02-24T06:00:00', last: '2025-02-24T18:00:00', expected: 'Mon 24 Feb 2025' },
		{
			first: '2025-02-28T22:00:00',
			last: '2025-03-01T02:00:00',
			expected: 'Fri 28 Feb – Sat 1 Mar 2025'
		},
		{
			first: '2025-12-31T22:00:00',
			last: '2026-01-01T02:00:00',
			expected: 'Wed 31 Dec 2025 – Thu 1 Jan 2026'
		}
	])('$first to $last: $expected', ({ first, last, expected }) => {
		expect(formatWallDays(utc(first), utc(last))).toBe(expected);
	});
});

// The labels and the unit line together, as the axis draws them, for views of hours and
// minutes: wherever the view is, the day is written on the axis.
describe('an axis of hours or minutes says which day it is', () => {
	const hour = 3_600_000;
	it.each([
		{
			name: 'an hour after midnight, on a laptop',
			from: '2025-02-28T00:20:00',
			span: hour,
			width: 1300,
			labels: [
				'00:20',
				'00:25',
				'00:30',
				'00:35',
				'00:40',
				'00:45',
				'00:50',
				'00:55',
				'01:00',
				'01:05',
				'01:10',
				'01:15'
			],
			unit: 'Minutes, Fri 28 Feb 2025 (Europe/London)'
		},
		{
			name: 'an hour on a phone',
			from: '2025-02-28T14:10:00',
			span: hour,
			width: 350,
			labels: ['14:15', '14:30', '14:45'],
			unit: 'Minutes, Fri 28 Feb 2025 (Europe/London)'
		},
		{
			name: 'a day across midnight',
			from: '2025-02-27T12:00:00',
			span: 24 * hour,
			width: 1300,
			labels: ['12:00', '15:00', '18:00', '21:00', 'Fri 28 Feb', '03:00', '06:00', '09:00'],
			unit: 'Hours, Thu 27 Feb – Fri 28 Feb 2025 (Europe/London)'
		}
	])('$name', ({ from, span, width, labels, unit }) => {
		const start = utc(from);
		const scale = createTimeScale([start, new Date(start.getTime() + span)], width);
		const ticks = axisTicks(scale, width);
		expect(ticks.map((t) => formatTick(t, ticks))).toEqual(labels);
		expect(axisUnit(ticks, 'Europe/London')).toBe(unit);
	});
});
