import { describe, expect, it } from 'vitest';
import { toWallClock } from './wallClock';

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
		}
	])('$name', ({ instant, zone, wall }) => {
		expect(new Date(toWallClock(at(instant), zone)).toISOString()).toBe(
			new Date(wall).toISOString()
		);
	});
});
