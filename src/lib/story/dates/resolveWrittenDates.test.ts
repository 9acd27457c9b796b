import { describe, it } from 'vitest';
import { type DateRow, day, expectRow, LONDON, NEW_YORK, THU, TOKYO } from './testing';

// Written dates and instants, against one publication.

describe('resolveDateExpression: written dates', () => {
	const rows: DateRow[] = [
		{
			name: 'ISO date',
			expression: '2025-02-19',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'day month year',
			expression: '19 February 2025',
			published: THU,
			timeZone: NEW_YORK,
			expected: {
				...day('2025-02-19'),
				startsAt: '2025-02-19T05:00:00.000Z',
				endsAt: '2025-02-20T05:00:00.000Z'
			}
		},
		{
			name: 'abbreviated month',
			expression: '19 Feb 2025',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'US order',
			expression: 'February 19, 2025',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'with its weekday',
			expression: 'Wednesday 19 February 2025',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'with its weekday and a comma',
			expression: 'Wednesday, 19 February 2025.',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'ordinal day',
			expression: '19th February 2025',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'no year: the publication year',
			expression: '19 February',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-19')
		},
		{
			name: 'no year, month first',
			expression: 'March 1',
			published: '2024-12-30',
			timeZone: LONDON,
			expected: day('2024-03-01')
		},
		{
			name: 'leap day',
			expression: '29 February 2024',
			published: THU,
			timeZone: LONDON,
			expected: day('2024-02-29')
		}
	];
	it.each(rows)('$name', expectRow);
});

describe('resolveDateExpression: instants', () => {
	const rows: DateRow[] = [
		{
			name: 'UTC offset, London event',
			expression: '2025-02-27T14:30:00+00:00',
			published: THU,
			timeZone: LONDON,
			expected: {
				start: '2025-02-27T14:30:00+00:00',
				end: '2025-02-27T14:30:00+00:00',
				precision: 'instant',
				startsAt: '2025-02-27T14:30:00.000Z',
				endsAt: '2025-02-27T14:30:00.000Z'
			}
		},
		{
			name: 'New York offset without seconds, New York event',
			expression: '2025-02-27T09:30-05:00',
			published: THU,
			timeZone: NEW_YORK,
			expected: {
				start: '2025-02-27T09:30:00-05:00',
				end: '2025-02-27T09:30:00-05:00',
				precision: 'instant',
				startsAt: '2025-02-27T14:30:00.000Z',
				endsAt: '2025-02-27T14:30:00.000Z'
			}
		},
		{
			name: 'Z, shown in the event zone',
			expression: '2025-02-27T14:30:00Z',
			published: THU,
			timeZone: TOKYO,
			expected: { start: '2025-02-27T23:30:00+09:00', startsAt: '2025-02-27T14:30:00.000Z' }
		}
	];
	it.each(rows)('$name', expectRow);
});
