import { describe, expect, it } from 'vitest';
import { fromWallClock, toWallClock } from './wallClock';

const at = (iso: string) => Date.parse(iso);

describe('toWallClock', () => {
	it.each([
		{
			name: 'London in winter is UTC',
			instant: '2025-02-27T10:00:00Z',
			zone: 'Europe/London',
			wall: '2025-02-27T10:00:00Z'
		},
		{
			name: 'London in summer is UTC+1',
			instant: '2025-06-01T10:00:00Z',
			zone: 'Europe/London',
			wall: '2025-06-01T11:00:00Z'
		},
		{
			name: 'New York in winter is UTC−5',
			instant: '2025-02-28T05:00:00Z',
			zone: 'America/New_York',
			wall: '2025-02-28T00:00:00Z'
		},
		{
			name: 'after the spring change in London',
			instant: '2025-03-30T01:30:00Z',
			zone: 'Europe/London',
			wall: '2025-03-30T02:30:00Z'
		},
		{
			name: 'before the spring change in London',
			instant: '2025-03-30T00:30:00Z',
			zone: 'Europe/London',
			wall: '2025-03-30T00:30:00Z'
		},
		{
			name: 'the first of the repeated hour in London (autumn change)',
			instant: '2025-10-26T00:30:00Z',
			zone: 'Europe/London',
			wall: '2025-10-26T01:30:00Z'
		},
		{
			name: 'the second of the repeated hour in London',
			instant: '2025-10-26T01:30:00Z',
			zone: 'Europe/London',
			wall: '2025-10-26T01:30:00Z'
		},
		{
			name: 'New York skips 02:00–03:00 in spring',
			instant: '2025-03-09T07:00:00Z',
			zone: 'America/New_York',
			wall: '2025-03-09T03:00:00Z'
		},
		{
			name: 'Sydney in January is summer time, UTC+11',
			instant: '2025-01-15T00:00:00Z',
			zone: 'Australia/Sydney',
			wall: '2025-01-15T11:00:00Z'
		},
		{
			name: 'Sydney in July is UTC+10',
			instant: '2025-07-15T00:00:00Z',
			zone: 'Australia/Sydney',
			wall: '2025-07-15T10:00:00Z'
		},
		{
			name: 'Lord Howe moves its clocks by half an hour (UTC+11 in summer)',
			instant: '2025-01-15T00:00:00Z',
			zone: 'Australia/Lord_Howe',
			wall: '2025-01-15T11:00:00Z'
		},
		{
			name: 'Lord Howe in winter is UTC+10:30',
			instant: '2025-07-15T00:00:00Z',
			zone: 'Australia/Lord_Howe',
			wall: '2025-07-15T10:30:00Z'
		},
		{
			name: 'Kathmandu is UTC+5:45',
			instant: '2025-02-27T00:00:00Z',
			zone: 'Asia/Kathmandu',
			wall: '2025-02-27T05:45:00Z'
		},
		{
			name: 'a local mean time in seconds, west of Greenwich (Abidjan in 1900, UTC−0:16:08)',
			instant: '1900-01-01T12:00:00Z',
			zone: 'Africa/Abidjan',
			wall: '1900-01-01T11:43:52Z'
		},
		{
			name: 'UTC is itself',
			instant: '2025-02-27T10:00:00Z',
			zone: 'UTC',
			wall: '2025-02-27T10:00:00Z'
		}
	])('$name', ({ instant, zone, wall }) => {
		expect(new Date(toWallClock(at(instant), zone)).toISOString()).toBe(
			new Date(wall).toISOString()
		);
	});
});

describe('fromWallClock', () => {
	it.each([
		{
			name: 'London in summer',
			wall: '2025-06-01T11:00:00Z',
			zone: 'Europe/London',
			instant: '2025-06-01T10:00:00Z'
		},
		{
			name: 'a repeated hour east of Greenwich reads as its second occurrence',
			wall: '2025-10-26T01:30:00Z',
			zone: 'Europe/London',
			instant: '2025-10-26T01:30:00Z'
		},
		{
			name: 'a repeated hour west of Greenwich reads as its first occurrence',
			wall: '2025-11-02T01:30:00Z',
			zone: 'America/New_York',
			instant: '2025-11-02T05:30:00Z'
		},
		{
			name: 'the hour after a spring change',
			wall: '2025-03-30T02:30:00Z',
			zone: 'Europe/London',
			instant: '2025-03-30T01:30:00Z'
		},
		{
			name: 'New York in winter',
			wall: '2025-02-28T00:00:00Z',
			zone: 'America/New_York',
			instant: '2025-02-28T05:00:00Z'
		},
		{
			name: 'Kathmandu',
			wall: '2025-02-27T05:45:00Z',
			zone: 'Asia/Kathmandu',
			instant: '2025-02-27T00:00:00Z'
		}
	])('$name', ({ wall, zone, instant }) => {
		expect(new Date(fromWallClock(at(wall), zone)).toISOString()).toBe(
			new Date(instant).toISOString()
		);
	});

	it('is NaN for an invalid instant or an unknown zone, never a throw', () => {
		expect(toWallClock(NaN, 'Europe/London')).toBeNaN();
		expect(toWallClock(at('2025-02-27T10:00:00Z'), 'Not/AZone')).toBeNaN();
	});
});
