import { describe, expect, it } from 'vitest';
import { axisUnit, formatTick, tickUnit } from './tickFormat';

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
			expected: 'Hours (Europe/London)'
		},
		{
			name: 'minutes',
			ticks: ['2025-02-24T06:10:00', '2025-02-24T06:20:00'],
			expected: 'Minutes (Europe/London)'
		},
		{ name: 'no ticks', ticks: [], expected: '' }
	])('$name', ({ ticks, expected }) => {
		expect(axisUnit(ticks.map(utc), 'Europe/London')).toBe(expected);
	});
});
