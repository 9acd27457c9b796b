import { describe, expect, it } from 'vitest';
import type { ResolvedDate } from '../types';
import { resolveDateExpression } from './resolveDate';
import { day, expectRow, LONDON, span, SYDNEY, THU, type DateRow } from './testing';

// News phrasing, each expression against publication days chosen for their edges: a week's
// ends, a month's first and last days, the clocks going forward in London, a leap day.

/** Saturday, the first of its month. */
const SAT_FIRST = '2025-03-01';
/** Sunday: London's clocks go forward at 01:00 GMT. */
const DST_SUN = '2025-03-30';
/** Monday, the last day of its month. */
const MON_LAST = '2025-03-31';
/** Thursday, a leap day. */
const LEAP = '2024-02-29';
/** Wednesday, the last day of the year. */
const YEAR_END = '2025-12-31';

const month = (at: string): Partial<ResolvedDate> => ({ start: at, end: at, precision: 'month' });

const rows: DateRow[] = [
	// on <weekday>: past tense takes the latest one on or before publication.
	{ expression: 'on Monday', published: THU, direction: 'past', expected: day('2025-02-24') },
	{ expression: 'on Monday', published: THU, expected: day('2025-02-24') },
	{ expression: 'on Monday', published: MON_LAST, direction: 'past', expected: day('2025-03-31') },
	{ expression: 'on Sunday', published: MON_LAST, direction: 'past', expected: day('2025-03-30') },
	{ expression: 'on Monday', published: MON_LAST, expected: day('2025-03-31') },
	{ expression: 'on Friday', published: THU, direction: 'past', expected: day('2025-02-21') },
	{ expression: 'on Sunday', published: DST_SUN, direction: 'past', expected: day('2025-03-30') },
	{ expression: 'on Saturday', published: DST_SUN, direction: 'past', expected: day('2025-03-29') },

	// yesterday
	{ expression: 'yesterday', published: SAT_FIRST, expected: day('2025-02-28') },
	{ expression: 'yesterday', published: LEAP, expected: day('2024-02-28') },
	{ expression: 'yesterday', published: '2024-03-01', expected: day('2024-02-29') },
	{
		expression: 'yesterday',
		published: '2025-03-31',
		// Sunday 30 March has 23 hours in London.
		expected: {
			...day('2025-03-30'),
			startsAt: '2025-03-30T00:00:00.000Z',
			endsAt: '2025-03-30T23:00:00.000Z'
		}
	},

	// last week: Monday to Sunday of the week before publication's.
	{ expression: 'last week', published: DST_SUN, expected: span('2025-03-17', '2025-03-23') },
	{ expression: 'last week', published: MON_LAST, expected: span('2025-03-24', '2025-03-30') },

	// this weekend: Saturday and Sunday of the publication's week.
	{ expression: 'this weekend', published: THU, expected: span('2025-03-01', '2025-03-02') },
	{ expression: 'this weekend', published: DST_SUN, expected: span('2025-03-29', '2025-03-30') },
	{ expression: 'this weekend', published: MON_LAST, expected: span('2025-04-05', '2025-04-06') },
	{ expression: 'this weekend', published: LEAP, expected: span('2024-03-02', '2024-03-03') },
	{
		expression: 'this weekend',
		published: '2025-03-27',
		expected: {
			...span('2025-03-29', '2025-03-30'),
			startsAt: '2025-03-29T00:00:00.000Z',
			endsAt: '2025-03-30T23:00:00.000Z'
		}
	},
	{ expression: 'last weekend', published: THU, expected: span('2025-02-22', '2025-02-23') },

	// earlier this month: the first of the month to the day before publication.
	{ expression: 'earlier this month', published: THU, expected: span('2025-02-01', '2025-02-26') },
	{ expression: 'earlier this month', published: LEAP, expected: span('2024-02-01', '2024-02-28') },
	{
		expression: 'earlier this month',
		published: MON_LAST,
		expected: span('2025-03-01', '2025-03-30')
	},
	{
		expression: 'earlier this month',
		published: SAT_FIRST,
		expected: { error: /first of its month, so the month has no earlier day/ }
	},
	{ expression: 'later this month', published: THU, expected: day('2025-02-28') },

	// last month / this month: a whole month, at month precision.
	{
		expression: 'last month',
		published: THU,
		expected: {
			...month('2025-01'),
			startsAt: '2025-01-01T00:00:00.000Z',
			endsAt: '2025-02-01T00:00:00.000Z'
		}
	},
	{ expression: 'last month', published: SAT_FIRST, expected: month('2025-02') },
	{ expression: 'last month', published: '2025-01-15', expected: month('2024-12') },
	{
		expression: 'last month',
		published: '2025-04-01',
		// March ends at midnight British Summer Time, 23:00 UTC.
		expected: {
			...month('2025-03'),
			startsAt: '2025-03-01T00:00:00.000Z',
			endsAt: '2025-03-31T23:00:00.000Z'
		}
	},
	{ expression: 'this month', published: LEAP, expected: month('2024-02') },

	// A written day; without a year, the direction picks the year.
	{ expression: 'on 3 November', published: THU, direction: 'past', expected: day('2024-11-03') },
	{ expression: 'on 3 November', published: THU, expected: day('2025-11-03') },
	{
		expression: 'on 3 November',
		published: YEAR_END,
		direction: 'past',
		expected: day('2025-11-03')
	},
	{ expression: '3 November', published: THU, expected: day('2025-11-03') },
	{ expression: '3 November', published: THU, direction: 'past', expected: day('2024-11-03') },
	{
		expression: '3 March',
		published: YEAR_END,
		direction: 'future',
		expected: day('2026-03-03')
	},
	{ expression: 'on 3 November 2024', published: THU, expected: day('2024-11-03') },
	{
		expression: 'on 29 February',
		published: '2024-03-10',
		direction: 'past',
		expected: day('2024-02-29')
	},
	{
		expression: 'on 29 February',
		published: '2025-03-10',
		direction: 'past',
		expected: { error: /not a valid calendar date/ }
	},

	// A year, at year precision.
	{
		expression: 'in 1962',
		published: THU,
		expected: {
			start: '1962',
			end: '1962',
			precision: 'year',
			startsAt: '1962-01-01T00:00:00.000Z',
			endsAt: '1963-01-01T00:00:00.000Z'
		}
	},
	{ expression: 'in March 2024', published: THU, expected: month('2024-03') },
	{ expression: 'in March', published: THU, direction: 'past', expected: month('2024-03') },

	// Seasons: meteorological, whole months, northern hemisphere unless the zone is south of the
	// equator; `until` and `into` look ahead.
	{
		expression: 'in the spring',
		published: THU,
		direction: 'past',
		expected: span('2024-03', '2024-05')
	},
	{
		expression: 'in the spring',
		published: THU,
		direction: 'future',
		expected: span('2025-03', '2025-05')
	},
	{
		expression: 'in the spring',
		published: THU,
		expected: { error: /is not in a spring, and nothing says whether the last or the next/ }
	},
	{
		expression: 'in the spring',
		published: '2025-04-10',
		expected: span('2025-03', '2025-05')
	},
	{
		expression: 'in the spring',
		published: THU,
		direction: 'past',
		timeZone: SYDNEY,
		publishedTimeZone: SYDNEY,
		expected: span('2024-09', '2024-11')
	},
	{ expression: 'last winter', published: THU, expected: span('2023-12', '2024-02') },
	{
		expression: 'in the summer of 1962',
		published: THU,
		expected: span('1962-06', '1962-08')
	},

	{
		expression: 'until spring',
		published: '2025-11-12',
		expected: span('2026-03', '2026-05')
	},
	{
		expression: 'into the spring',
		published: '2025-11-12',
		direction: 'past',
		expected: span('2025-03', '2025-05')
	},
	{
		expression: 'by spring',
		published: '2025-11-12',
		expected: { ...span('2025-11-12', '2026-05-31'), modifier: 'before' }
	},

	// A quarter counted from the publication's, across a year's ends.
	{ expression: 'last quarter', published: '2025-01-02', expected: span('2024-10', '2024-12') },
	{ expression: 'the latest quarter', published: MON_LAST, expected: span('2024-10', '2024-12') },
	{ expression: 'this quarter', published: MON_LAST, expected: span('2025-01', '2025-03') },
	{ expression: 'next quarter', published: YEAR_END, expected: span('2026-01', '2026-03') },

	// A deadline: from publication to the end of the period, kept as `before`.
	{
		expression: 'by the end of the year',
		published: THU,
		expected: { ...span('2025-02-27', '2025-12-31'), modifier: 'before' }
	},
	{
		expression: 'by the end of the year',
		published: YEAR_END,
		expected: { ...day('2025-12-31'), modifier: 'before' }
	},
	{
		expression: 'by the end of the month',
		published: LEAP,
		expected: { ...day('2024-02-29'), modifier: 'before' }
	},

	// since: from the start of what the words name to the publication day.
	{ expression: 'since last week', published: THU, expected: span('2025-02-17', '2025-02-27') },
	{
		expression: 'since last week',
		published: MON_LAST,
		expected: span('2025-03-24', '2025-03-31')
	},
	{ expression: 'since 2020', published: THU, expected: span('2020-01-01', '2025-02-27') },
	{ expression: 'since next week', published: THU, expected: { error: /starts after/ } },
	{ expression: 'since the war', published: THU, expected: { error: /not date words/ } },
	// One "since" only: the words after it are read once, never "since" again.
	{ expression: 'since since last week', published: THU, expected: { error: /Unrecognised/ } }
];

it('reads 50,000 nested “since” without going deeper than one', () => {
	const expression = `${'since '.repeat(50_000)}last week`;
	const context = { published: THU, publishedTimeZone: LONDON, timeZone: LONDON };
	expect(resolveDateExpression(expression, context)).toMatchObject({ ok: false });
});

describe('news phrasing, by publication day', () => {
	it.each(rows)('$expression, published $published ($direction)', expectRow);
});
