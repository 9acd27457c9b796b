import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from './resolveDate';
import type { ResolvedDate } from '../types';

/** Published on Thursday 27 February 2025, in London. */
function resolve(expression: string) {
	return resolveDateExpression(expression, {
		published: '2025-02-27',
		publishedTimeZone: 'Europe/London',
		timeZone: 'Europe/London'
	});
}

type Fields = Pick<ResolvedDate, 'extent' | 'start' | 'end' | 'precision'>;

const rows: { expression: string; expected: Partial<Fields> }[] = [
	// Date words name a range the event fell in: one moment within it.
	{
		expression: 'earlier this week',
		expected: { extent: 'within', start: '2025-02-24', end: '2025-02-26', precision: 'span' }
	},
	{ expression: 'this weekend', expected: { extent: 'within', start: '2025-03-01' } },
	{ expression: 'last month', expected: { extent: 'within', start: '2025-01' } },
	{ expression: 'in 2019', expected: { extent: 'within', start: '2019', precision: 'year' } },
	{ expression: 'on Friday', expected: { extent: 'within', start: '2025-02-28' } },
	{ expression: 'so far this week', expected: { extent: 'within', end: '2025-02-27' } },
	{ expression: 'by 2027', expected: { extent: 'within', end: '2027-12-31' } },
	// EDTF: a date, and a set ("one of"), are within; an interval lasts throughout.
	{ expression: '1970-04', expected: { extent: 'within', precision: 'month' } },
	{
		expression: '[2025-02-24..2025-02-26]',
		expected: { extent: 'within', start: '2025-02-24', end: '2025-02-26', precision: 'span' }
	},
	{
		expression: '[1667, 1668, 1670..1672]',
		expected: { extent: 'within', start: '1667', end: '1672', precision: 'span' }
	},
	{ expression: '[1985-04]', expected: { extent: 'within', start: '1985-04', precision: 'month' } },
	{
		expression: '1943-07/1946',
		expected: { extent: 'throughout', start: '1943-07', end: '1946', precision: 'span' }
	},
	{ expression: '1985/..', expected: { extent: 'throughout', start: '1985' } },
	// An instant is within trivially; an interval of instants lasts.
	{ expression: '2025-02-27T09:30-05:00', expected: { extent: 'within', precision: 'instant' } },
	{
		expression: '2024-01-02T14:51Z/2024-01-03T10:00Z',
		expected: { extent: 'throughout', precision: 'span' }
	},
	// Written ranges last throughout, from the first day of one end to the last of the other.
	{
		expression: 'from Monday to Wednesday',
		expected: { extent: 'throughout', start: '2025-02-24', end: '2025-02-26', precision: 'span' }
	},
	{
		expression: 'between 1939 and 1945',
		expected: { extent: 'throughout', start: '1939', end: '1945', precision: 'span' }
	},
	{
		expression: 'from 24 to 26 February',
		expected: { extent: 'throughout', start: '2025-02-24', end: '2025-02-26' }
	},
	{
		expression: 'from March 2024 until May 2024',
		expected: { extent: 'throughout', start: '2024-03', end: '2024-05' }
	},
	{
		expression: 'from last week to today',
		expected: { extent: 'throughout', start: '2025-02-17', end: '2025-02-27' }
	},
	// …unless the words say the event fell some time in the range.
	{
		expression: 'some time between Monday and Wednesday',
		expected: { extent: 'within', start: '2025-02-24', end: '2025-02-26' }
	},
	{ expression: 'sometime between 1939 and 1945', expected: { extent: 'within', end: '1945' } }
];

describe('the extent the words imply', () => {
	it.each(rows)('$expression', ({ expression, expected }) => {
		const result = resolve(expression);
		expect(result.ok && result.date).toMatchObject(expected);
	});
});

describe('ranges and sets it refuses', () => {
	it.each([
		['from Wednesday to Monday', /the range ends before it starts/],
		['between 2027 and by 2028', /a range needs two dates/],
		['from last week to since monday', /a range needs two dates/],
		['from Monday to the cows come home', /the ends of the range are not date words/],
		['from 30 to 31 February', /not a valid calendar date/],
		['[..2025-02-26]', /a set needs every member known/],
		['[2025-02-24,]', /a set needs every member known/],
		['[2025-02-30]', /not a valid calendar date/],
		['[1943/1946]', /not an EDTF date/]
	])('%s', (expression, message) => {
		const result = resolve(expression);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
});
