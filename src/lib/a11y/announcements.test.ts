import { describe, expect, it } from 'vitest';
import { openedAnnouncement, visibleRangeAnnouncement } from './announcements';

/** A wall-clock date: its UTC fields read as the display zone's clock. */
const wall = (iso: string) => new Date(`${iso}Z`);

describe('visibleRangeAnnouncement', () => {
	const rows: { name: string; start: string; end: string; expected: string }[] = [
		{
			name: 'a fitted week with half a day of air either side names whole days',
			start: '2025-02-23T12:00:00',
			end: '2025-03-03T12:00:00',
			expected: 'Showing Mon 24 Feb – Sun 2 Mar'
		},
		{
			name: 'a day counts when more than half of it is shown',
			start: '2025-02-24T11:00:00',
			end: '2025-02-27T13:00:00',
			expected: 'Showing Mon 24 Feb – Thu 27 Feb'
		},
		{
			name: 'half a day or less at either end leaves it out',
			start: '2025-02-24T13:00:00',
			end: '2025-02-27T11:00:00',
			expected: 'Showing Tue 25 Feb – Wed 26 Feb'
		},
		{
			name: 'midnight to midnight is the days in between',
			start: '2025-02-24T00:00:00',
			end: '2025-02-27T00:00:00',
			expected: 'Showing Mon 24 Feb – Wed 26 Feb'
		},
		{
			name: 'under two days names hours, rounded, within one day',
			start: '2025-02-27T05:50:00',
			end: '2025-02-27T18:10:00',
			expected: 'Showing Thu 27 Feb 06:00 – 18:00'
		},
		{
			name: 'hours across midnight name both days',
			start: '2025-02-27T18:00:00',
			end: '2025-02-28T06:00:00',
			expected: 'Showing Thu 27 Feb 18:00 – Fri 28 Feb 06:00'
		},
		{
			name: 'hours ending at midnight stay in the same day',
			start: '2025-02-27T12:00:00',
			end: '2025-02-28T00:00:00',
			expected: 'Showing Thu 27 Feb 12:00 – 00:00'
		}
	];
	it.each(rows)('$name', ({ start, end, expected }) => {
		expect(visibleRangeAnnouncement(wall(start), wall(end))).toBe(expected);
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
