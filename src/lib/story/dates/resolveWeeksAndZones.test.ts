import { describe, it } from 'vitest';
import { type DateRow, day, expectRow, LONDON, NEW_YORK, span, THU, TOKYO } from './testing';

// Weeks at their edges, daylight saving and the zones of the event and of its publication.

const MON = '2025-02-24';
const SUN = '2025-03-02';

describe('resolveDateExpression: week boundaries', () => {
	const rows: DateRow[] = [
		{
			name: 'Monday: this week starts that day',
			expression: 'this week',
			published: MON,
			timeZone: LONDON,
			expected: span(MON, SUN)
		},
		{
			name: 'Monday: so far this week is the day itself',
			expression: 'so far this week',
			published: MON,
			timeZone: LONDON,
			expected: day(MON)
		},
		{
			name: 'Monday: later this week',
			expression: 'later this week',
			published: MON,
			timeZone: LONDON,
			expected: span('2025-02-25', SUN)
		},
		{
			name: 'Monday: last Sunday is the day before',
			expression: 'last Sunday',
			published: MON,
			timeZone: LONDON,
			expected: day('2025-02-23')
		},
		{
			name: 'Monday: this Sunday is six days later',
			expression: 'this Sunday',
			published: MON,
			timeZone: LONDON,
			expected: day(SUN)
		},
		{
			name: 'Monday: earlier this week names no day',
			expression: 'earlier this week',
			published: MON,
			timeZone: LONDON,
			expected: { error: /"earlier this week".*Monday/ }
		},
		{
			name: 'Sunday: earlier this week',
			expression: 'earlier this week',
			published: SUN,
			timeZone: LONDON,
			expected: span(MON, '2025-03-01')
		},
		{
			name: 'Sunday: this Monday is six days before',
			expression: 'this Monday',
			published: SUN,
			timeZone: LONDON,
			expected: day(MON)
		},
		{
			name: 'Sunday: next Monday is the day after',
			expression: 'next Monday',
			published: SUN,
			timeZone: LONDON,
			expected: day('2025-03-03')
		},
		{
			name: 'Sunday: this week ends that day',
			expression: 'this week',
			published: SUN,
			timeZone: LONDON,
			expected: span(MON, SUN)
		},
		{
			name: 'Sunday: later this week names no day',
			expression: 'later this week',
			published: SUN,
			timeZone: LONDON,
			expected: { error: /"later this week".*Sunday/ }
		},
		{
			name: 'year boundary: last week from 1 January 2025',
			expression: 'last week',
			published: '2025-01-01',
			timeZone: LONDON,
			expected: span('2024-12-23', '2024-12-29')
		}
	];
	it.each(rows)('$name', expectRow);
});

describe('resolveDateExpression: daylight saving and zones', () => {
	const rows: DateRow[] = [
		{
			name: 'London spring forward: 30 March 2025 lasts 23 hours',
			expression: 'on Sunday',
			published: '2025-03-28',
			timeZone: LONDON,
			expected: {
				...day('2025-03-30'),
				startsAt: '2025-03-30T00:00:00.000Z',
				endsAt: '2025-03-30T23:00:00.000Z'
			}
		},
		{
			name: 'London fall back: 26 October 2025 lasts 25 hours',
			expression: '26 October 2025',
			published: THU,
			timeZone: LONDON,
			expected: {
				...day('2025-10-26'),
				startsAt: '2025-10-25T23:00:00.000Z',
				endsAt: '2025-10-27T00:00:00.000Z'
			}
		},
		{
			name: 'New York spring forward: 9 March 2025 lasts 23 hours',
			expression: '2025-03-09',
			published: THU,
			timeZone: NEW_YORK,
			expected: {
				...day('2025-03-09'),
				startsAt: '2025-03-09T05:00:00.000Z',
				endsAt: '2025-03-10T04:00:00.000Z'
			}
		},
		{
			name: 'a week across the London change',
			expression: 'this week',
			published: '2025-03-27',
			timeZone: LONDON,
			expected: {
				...span('2025-03-24', '2025-03-30'),
				startsAt: '2025-03-24T00:00:00.000Z',
				endsAt: '2025-03-30T23:00:00.000Z'
			}
		},
		{
			name: 'the publication date is not shifted into the event zone',
			expression: 'today',
			published: '2025-02-27T23:30:00+00:00',
			timeZone: TOKYO,
			expected: {
				...day(THU),
				startsAt: '2025-02-26T15:00:00.000Z',
				endsAt: '2025-02-27T15:00:00.000Z'
			}
		},
		{
			name: 'a publication date-time is read in the publication zone',
			expression: 'today',
			published: '2025-02-27T01:00:00Z',
			publishedTimeZone: NEW_YORK,
			timeZone: LONDON,
			expected: day('2025-02-26')
		}
	];
	it.each(rows)('$name', expectRow);
});
