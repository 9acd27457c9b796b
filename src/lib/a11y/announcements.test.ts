import { describe, expect, it } from 'vitest';
import type { AxisPrecision } from '$lib/timeline/tickFormat';
import { openedAnnouncement } from './announcements';
import { visibleRangeAnnouncement } from './rangeAnnouncement';

/** A wall-clock date: its UTC fields read as the display zone's clock. */
const wall = (iso: string) => new Date(`${iso}Z`);

describe('visibleRangeAnnouncement', () => {
	const rows: {
		name: string;
		start: string;
		end: string;
		precision: AxisPrecision;
		expected: string;
	}[] = [
		{
			name: 'years over two centuries',
			start: '1839-09-01T00:00:00',
			end: '1990-09-01T00:00:00',
			precision: 'year',
			expected: 'Showing 1840 – 1990'
		},
		{
			name: 'a year counts only when more than half of it is shown',
			start: '1839-06-01T00:00:00',
			end: '1990-04-01T00:00:00',
			precision: 'year',
			expected: 'Showing 1839 – 1989'
		},
		{
			name: 'under a year at year precision names the year its middle is in',
			start: '1962-03-01T00:00:00',
			end: '1962-05-01T00:00:00',
			precision: 'year',
			expected: 'Showing 1962'
		},
		{
			name: 'months within a year name the year once',
			start: '1962-02-20T00:00:00',
			end: '1962-07-03T00:00:00',
			precision: 'month',
			expected: 'Showing March – June 1962'
		},
		{
			name: 'months across a year name both years',
			start: '1962-11-01T00:00:00',
			end: '1963-03-01T00:00:00',
			precision: 'month',
			expected: 'Showing November 1962 – February 1963'
		},
		{
			name: 'a fitted week with half a day of air either side names whole days',
			start: '2025-02-23T12:00:00',
			end: '2025-03-03T12:00:00',
			precision: 'day',
			expected: 'Showing Mon 24 Feb – Sun 2 Mar 2025'
		},
		{
			name: 'a day counts when more than half of it is shown',
			start: '2025-02-24T11:00:00',
			end: '2025-02-27T13:00:00',
			precision: 'day',
			expected: 'Showing Mon 24 Feb – Thu 27 Feb 2025'
		},
		{
			name: 'half a day or less at either end leaves it out',
			start: '2025-02-24T13:00:00',
			end: '2025-02-27T11:00:00',
			precision: 'day',
			expected: 'Showing Tue 25 Feb – Wed 26 Feb 2025'
		},
		{
			name: 'midnight to midnight is the days in between',
			start: '2025-02-24T00:00:00',
			end: '2025-02-27T00:00:00',
			precision: 'day',
			expected: 'Showing Mon 24 Feb – Wed 26 Feb 2025'
		},
		{
			name: 'days across a new year name both years',
			start: '2025-12-29T00:00:00',
			end: '2026-01-03T00:00:00',
			precision: 'day',
			expected: 'Showing Mon 29 Dec 2025 – Fri 2 Jan 2026'
		},
		{
			name: 'hours, rounded, within one day, in the zone',
			start: '2025-02-27T05:50:00',
			end: '2025-02-27T18:10:00',
			precision: 'hour',
			expected: 'Showing Thu 27 Feb 2025 06:00 – 18:00 (Europe/London)'
		},
		{
			name: 'hours across midnight name both days',
			start: '2025-02-27T18:00:00',
			end: '2025-02-28T06:00:00',
			precision: 'hour',
			expected: 'Showing Thu 27 Feb 18:00 – Fri 28 Feb 2025 06:00 (Europe/London)'
		},
		{
			name: 'hours ending at midnight stay in the same day',
			start: '2025-02-27T12:00:00',
			end: '2025-02-28T00:00:00',
			precision: 'hour',
			expected: 'Showing Thu 27 Feb 2025 12:00 – 00:00 (Europe/London)'
		},
		{
			name: 'hours across a new year name both years',
			start: '2025-12-31T18:00:00',
			end: '2026-01-01T06:00:00',
			precision: 'hour',
			expected: 'Showing Wed 31 Dec 2025 18:00 – Thu 1 Jan 2026 06:00 (Europe/London)'
		},
		{
			name: 'minutes are rounded to the minute, not the hour',
			start: '2025-02-27T14:05:20',
			end: '2025-02-27T14:35:40',
			precision: 'minute',
			expected: 'Showing Thu 27 Feb 2025 14:05 – 14:36 (Europe/London)'
		}
	];
	it.each(rows)('$name', ({ start, end, precision, expected }) => {
		expect(visibleRangeAnnouncement(wall(start), wall(end), precision, 'Europe/London')).toBe(
			expected
		);
	});
});

describe('openedAnnouncement', () => {
	const rows: { name: string; input: [string, number, boolean]; expected: string }[] = [
		{
			name: 'focus on the heading: the title is not repeated',
			input: ['Macron visits the White House', 1, true],
			expected: 'Source opened, 1 passage highlighted.'
		},
		{
			name: 'focus stays (a passage was clicked): the title is said',
			input: ['Macron visits the White House', 3, false],
			expected: 'Opened Macron visits the White House, 3 passages highlighted.'
		}
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(openedAnnouncement(...input)).toBe(expected);
	});
});
