import { describe, it } from 'vitest';
import { type DateRow, day, expectRow, LONDON, NEW_YORK, span, THU } from './testing';

describe('resolveDateExpression: the article (published Thursday 2025-02-27, London)', () => {
	const rows: DateRow[] = [
		{
			name: 'earlier this week is Monday to Wednesday',
			expression: 'earlier this week',
			published: THU,
			timeZone: LONDON,
			expected: {
				...span('2025-02-24', '2025-02-26'),
				startsAt: '2025-02-24T00:00:00.000Z',
				endsAt: '2025-02-27T00:00:00.000Z'
			}
		},
		{
			name: 'this Friday is the next day',
			expression: 'this Friday',
			published: THU,
			timeZone: LONDON,
			expected: {
				...day('2025-02-28'),
				startsAt: '2025-02-28T00:00:00.000Z',
				endsAt: '2025-03-01T00:00:00.000Z'
			}
		},
		{
			name: 'on Sunday is the Sunday of the week',
			expression: 'on Sunday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-03-02')
		},
		{
			name: 'by 2027 is a deadline from publication to the end of 2027',
			expression: 'by 2027',
			published: THU,
			timeZone: LONDON,
			expected: {
				...span('2025-02-27', '2027-12-31'),
				modifier: 'before',
				startsAt: '2025-02-27T00:00:00.000Z',
				endsAt: '2028-01-01T00:00:00.000Z'
			}
		},
		{
			name: 'this Friday in Washington is counted in New York days',
			expression: 'this Friday',
			published: THU,
			timeZone: NEW_YORK,
			expected: {
				...day('2025-02-28'),
				startsAt: '2025-02-28T05:00:00.000Z',
				endsAt: '2025-03-01T05:00:00.000Z'
			}
		},
		{
			name: 'earlier this week in New York',
			expression: 'earlier this week',
			published: THU,
			timeZone: NEW_YORK,
			expected: {
				...span('2025-02-24', '2025-02-26'),
				startsAt: '2025-02-24T05:00:00.000Z',
				endsAt: '2025-02-27T05:00:00.000Z'
			}
		}
	];
	it.each(rows)('$name', expectRow);
});

describe('resolveDateExpression: grammar', () => {
	const rows: DateRow[] = [
		{ name: 'today', expression: 'today', published: THU, timeZone: LONDON, expected: day(THU) },
		{
			name: 'yesterday',
			expression: 'yesterday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-26')
		},
		{
			name: 'tomorrow',
			expression: 'tomorrow',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-28')
		},
		{
			name: 'case, spaces and a trailing full stop are ignored',
			expression: '  This   FRIDAY. ',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-28')
		},
		{
			name: 'this <weekday> earlier in the week',
			expression: 'this Monday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-24')
		},
		{
			name: 'this <weekday> is the publication day itself',
			expression: 'this Thursday',
			published: THU,
			timeZone: LONDON,
			expected: day(THU)
		},
		{
			name: 'next <weekday> is in the following week',
			expression: 'next Friday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-03-07')
		},
		{
			name: 'next <weekday> early in the following week',
			expression: 'next Monday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-03-03')
		},
		{
			name: 'last <weekday> in the same week',
			expression: 'last Wednesday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-26')
		},
		{
			name: 'last <weekday> is strictly before the publication day',
			expression: 'last Thursday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-20')
		},
		{
			name: 'last <weekday> in the previous week',
			expression: 'last Friday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-21')
		},
		{
			name: 'bare <weekday> is in the publication week',
			expression: 'Friday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-28')
		},
		{
			name: 'on <weekday> earlier in the publication week',
			expression: 'on Monday',
			published: THU,
			timeZone: LONDON,
			expected: day('2025-02-24')
		},
		{
			name: 'on <weekday>, direction past: the most recent on or before publication',
			expression: 'on Sunday',
			published: THU,
			timeZone: LONDON,
			direction: 'past',
			expected: day('2025-02-23')
		},
		{
			name: 'on <weekday>, direction past, same weekday as publication: that very day',
			expression: 'on Thursday',
			published: THU,
			timeZone: LONDON,
			direction: 'past',
			expected: day('2025-02-27')
		},
		{
			name: 'on <weekday>, direction future: the next on or after publication',
			expression: 'on Monday',
			published: THU,
			timeZone: LONDON,
			direction: 'future',
			expected: day('2025-03-03')
		},
		{
			name: 'bare <weekday>, direction future, same weekday as publication: that very day',
			expression: 'Thursday',
			published: THU,
			timeZone: LONDON,
			direction: 'future',
			expected: day('2025-02-27')
		},
		{
			name: 'later this week',
			expression: 'later this week',
			published: THU,
			timeZone: LONDON,
			expected: span('2025-02-28', '2025-03-02')
		},
		{
			name: 'so far this week',
			expression: 'so far this week',
			published: THU,
			timeZone: LONDON,
			expected: span('2025-02-24', THU)
		},
		{
			name: 'this week',
			expression: 'this week',
			published: THU,
			timeZone: LONDON,
			expected: span('2025-02-24', '2025-03-02')
		},
		{
			name: 'last week',
			expression: 'last week',
			published: THU,
			timeZone: LONDON,
			expected: span('2025-02-17', '2025-02-23')
		},
		{
			name: 'next week',
			expression: 'next week',
			published: THU,
			timeZone: LONDON,
			expected: span('2025-03-03', '2025-03-09')
		},
		{
			name: 'in <year> is the year, at year precision',
			expression: 'in 2026',
			published: THU,
			timeZone: LONDON,
			expected: { start: '2026', end: '2026', precision: 'year' }
		},
		{
			name: 'bare <year> (EDTF)',
			expression: '2024',
			published: THU,
			timeZone: LONDON,
			expected: {
				start: '2024',
				end: '2024',
				precision: 'year',
				startsAt: '2024-01-01T00:00:00.000Z',
				endsAt: '2025-01-01T00:00:00.000Z'
			}
		},
		{
			name: 'by <year> of publication',
			expression: 'by 2025',
			published: THU,
			timeZone: LONDON,
			expected: { ...span(THU, '2025-12-31'), modifier: 'before' }
		},
		{
			name: 'by <other date words>',
			expression: 'by Friday',
			published: THU,
			timeZone: LONDON,
			expected: { ...span(THU, '2025-02-28'), modifier: 'before' }
		}
	];
	it.each(rows)('$name', expectRow);
});
