import { describe, it } from 'vitest';
import { type DateRow, expectRow, LONDON, THU } from './testing';

// Words the resolver refuses, each with its reason.

describe('resolveDateExpression: errors', () => {
	const rows: DateRow[] = [
		{
			name: 'unrecognised words',
			expression: 'the other day',
			published: THU,
			timeZone: LONDON,
			expected: {
				error:
					/^Unrecognised date words "the other day"; expected e\.g\. "this Friday", "earlier this week", "19 February 2025"$/
			}
		},
		{
			name: 'empty words',
			expression: '  ',
			published: THU,
			timeZone: LONDON,
			expected: { error: /Unrecognised date words/ }
		},
		{
			name: '31 February',
			expression: '31 February 2025',
			published: THU,
			timeZone: LONDON,
			expected: { error: /"31 February 2025".*not a valid calendar date/ }
		},
		{
			name: 'an ISO date that does not exist',
			expression: '2025-02-30',
			published: THU,
			timeZone: LONDON,
			expected: { error: /not a valid calendar date/ }
		},
		{
			name: 'a weekday that does not match the date',
			expression: 'Thursday 19 February 2025',
			published: THU,
			timeZone: LONDON,
			expected: { error: /2025-02-19 is a Wednesday, not a Thursday/ }
		},
		{
			name: 'a two-digit year',
			expression: '19 February 25',
			published: THU,
			timeZone: LONDON,
			expected: { error: /"19 February 25"/ }
		},
		{
			name: 'a deadline already past',
			expression: 'by 2024',
			published: THU,
			timeZone: LONDON,
			expected: { error: /ends before the publication day, 2025-02-27/ }
		},
		{
			name: 'by without date words',
			expression: 'by then',
			published: THU,
			timeZone: LONDON,
			expected: { error: /after "by"/ }
		},
		{
			name: 'a date-time without offset',
			expression: '2025-02-27T09:30',
			published: THU,
			timeZone: LONDON,
			expected: { error: /UTC offset/ }
		},
		{
			name: 'an unknown event zone',
			expression: 'today',
			published: THU,
			timeZone: 'Mars/Olympus_Mons',
			expected: { error: /Unknown time zone "Mars\/Olympus_Mons"/ }
		},
		{
			name: 'an unknown publication zone',
			expression: 'today',
			published: THU,
			publishedTimeZone: 'Europe/Atlantis',
			timeZone: LONDON,
			expected: { error: /Unknown time zone "Europe\/Atlantis"/ }
		},
		{
			name: 'a publication date that is not ISO',
			expression: 'today',
			published: '27/02/2025',
			timeZone: LONDON,
			expected: { error: /Publication date "27\/02\/2025"/ }
		},
		{
			name: 'a publication date-time without offset',
			expression: 'today',
			published: '2025-02-27T09:00',
			timeZone: LONDON,
			expected: { error: /Publication date/ }
		}
	];
	it.each(rows)('$name', expectRow);
});
