import { describe, it } from 'vitest';
import { expectRow, span, SYDNEY, THU, type DateRow } from './testing';

// Whether the words say the event fell some time within the dates or lasted throughout them.
// Published on Thursday 27 February 2025, in London, unless a row says otherwise.

const row = (expression: string, expected: DateRow['expected'], more: Partial<DateRow> = {}) => ({
	expression,
	published: THU,
	expected,
	...more
});

const rows: DateRow[] = [
	// Date words name a range the event fell in: one moment within it.
	row('earlier this week', { extent: 'within', ...span('2025-02-24', '2025-02-26') }),
	row('this weekend', { extent: 'within', start: '2025-03-01' }),
	row('last month', { extent: 'within', start: '2025-01' }),
	row('in 2019', { extent: 'within', start: '2019', precision: 'year' }),
	row('on Friday', { extent: 'within', start: '2025-02-28' }),
	row('so far this week', { extent: 'within', end: '2025-02-27' }),
	row('by 2027', { extent: 'within', end: '2027-12-31', modifier: 'before' }),
	row('since last week', { extent: 'within', ...span('2025-02-17', '2025-02-27') }),
	row('recently', { extent: 'within', end: '2025-02-27', modifier: 'before' }),
	row('now', { extent: 'within', start: '2025-02-27', precision: 'day' }),
	row('two weeks ago', { extent: 'within', ...span('2025-02-10', '2025-02-16') }),
	row('Friday night', { extent: 'within', precision: 'span' }),
	// Quarters, halves, fiscal years and seasons too, whatever preposition leads them…
	row('in the third quarter', { extent: 'within', ...span('2025-07', '2025-09') }),
	row('during the first half of 2024', { extent: 'within', ...span('2024-01', '2024-06') }),
	row('fiscal 1990', { extent: 'within', ...span('1989-10', '1990-09') }),
	row(
		'in the summer',
		{ extent: 'within', ...span('2025-06', '2025-08') },
		{ direction: 'future' }
	),
	row('this winter', { extent: 'within', ...span('2024-12', '2025-02') }),
	// …unless the words say the event lasted throughout.
	row('throughout the third quarter', { extent: 'throughout', ...span('2025-07', '2025-09') }),
	row('throughout the first half of 2024', { extent: 'throughout', ...span('2024-01', '2024-06') }),
	row('throughout fiscal 1990', { extent: 'throughout', ...span('1989-10', '1990-09') }),
	row('all through the winter', { extent: 'throughout', ...span('2024-12', '2025-02') }),
	row(
		'throughout the summer',
		{ extent: 'throughout', ...span('2024-12', '2025-02') },
		{ name: 'a summer south of the equator', timeZone: SYDNEY, publishedTimeZone: SYDNEY }
	),
	row('throughout 2019', { extent: 'throughout', start: '2019', precision: 'year' }),
	row('throughout March 2024', { extent: 'throughout', start: '2024-03', precision: 'month' }),
	row('throughout this week', { extent: 'throughout', ...span('2025-02-24', '2025-03-02') }),
	row('throughout Monday', { extent: 'throughout', start: '2025-02-24', precision: 'day' }),
	// EDTF: a date, and a set ("one of"), are within; an interval lasts throughout.
	row('1970-04', { extent: 'within', precision: 'month' }),
	row('[2025-02-24..2025-02-26]', { extent: 'within', ...span('2025-02-24', '2025-02-26') }),
	row('[1667, 1668, 1670..1672]', { extent: 'within', ...span('1667', '1672') }),
	row('[1985-04]', { extent: 'within', start: '1985-04', precision: 'month' }),
	row('1943-07/1946', { extent: 'throughout', ...span('1943-07', '1946') }),
	row('1985/..', { extent: 'throughout', start: '1985', modifier: 'after' }),
	// An instant is within trivially; an interval of instants lasts.
	row('2025-02-27T09:30-05:00', { extent: 'within', precision: 'instant' }),
	row('2024-01-02T14:51Z/2024-01-03T10:00Z', { extent: 'throughout', precision: 'span' }),
	// Written ranges last throughout, from the first day of one end to the last of the other.
	row('from Monday to Wednesday', { extent: 'throughout', ...span('2025-02-24', '2025-02-26') }),
	row('between 1939 and 1945', { extent: 'throughout', ...span('1939', '1945') }),
	row('from 24 to 26 February', { extent: 'throughout', ...span('2025-02-24', '2025-02-26') }),
	row('from March 2024 until May 2024', { extent: 'throughout', ...span('2024-03', '2024-05') }),
	row('from last week to today', { extent: 'throughout', ...span('2025-02-17', '2025-02-27') }),
	row('from the first quarter to the third quarter', {
		extent: 'throughout',
		...span('2025-01', '2025-09')
	}),
	// …unless the words say the event fell some time in the range.
	row('some time between Monday and Wednesday', {
		extent: 'within',
		...span('2025-02-24', '2025-02-26')
	}),
	row('sometime between 1939 and 1945', { extent: 'within', end: '1945' })
];

describe('the extent the words imply', () => {
	it.each(rows)('$expression $name', expectRow);
});

const refused = (expression: string, error: RegExp) => row(expression, { error });

describe('ranges, sets and durations it refuses', () => {
	it.each([
		refused('from Wednesday to Monday', /the range ends before it starts/),
		refused('between 2027 and by 2028', /a range needs two dates/),
		refused('from last week to since monday', /a range needs two dates/),
		refused('from Monday to the cows come home', /the ends of the range are not date words/),
		refused('from 30 to 31 February', /not a valid calendar date/),
		refused('throughout by 2027', /"throughout" needs one date, not a range or a deadline/),
		refused('throughout throughout 2027', /"throughout" needs one date/),
		refused('throughout recently', /"throughout" needs a date, not a deadline/),
		refused('throughout the cows come home', /the words after "throughout" are not date words/),
		refused('[..2025-02-26]', /a set needs every member known/),
		refused('[2025-02-24,]', /a set needs every member known/),
		refused('[2025-02-30]', /not a valid calendar date/),
		refused('[1943/1946]', /not an EDTF date/)
	])('$expression', expectRow);
});
