import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from '$lib/story/dates/resolveDate';
import { formatDateRange, formatResolvedDate } from './when';
import { yearWords } from './yearWords';

describe('yearWords', () => {
	it.each([
		[1952, '1952'],
		[476, '476'],
		[1, '1'],
		[0, '1 BC'],
		[-43, '44 BC'],
		[-752, '753 BC'],
		[-2499, '2500 BC'],
		[12345, '12,345'],
		[-170000, '170,001 BC']
	])('%d → %s', (year, words) => expect(yearWords(year)).toBe(words));
});

function named(expression: string, range = false): string {
	const result = resolveDateExpression(expression, {
		published: null,
		publishedTimeZone: 'UTC',
		timeZone: 'UTC'
	});
	if (!result.ok) throw new Error(result.message);
	return range ? formatDateRange(result.date) : formatResolvedDate(result.date);
}

// Weekdays are those of the proleptic Gregorian calendar, as EDTF counts (checked against
// Python's datetime, 400 years on where it has no year 0 or BC).
describe('BCE and early years in names, lists and details', () => {
	it.each([
		['0476', '476'],
		['-0752', '753 BC'],
		['-0043', '44 BC'],
		['0000', '1 BC'],
		['-0043-03', 'March 44 BC'],
		['-0043-03-15', 'Fri 15 Mar 44 BC'],
		['0476-09-04', 'Fri 4 Sept 476'],
		['0044-02-29', 'Mon 29 Feb 44'],
		['047X', '470s'],
		['-0752~', 'c. 753 BC'],
		['Y-170000', '170,001 BC'],
		['Y12345', '12,345'],
		['-0043-03-15/-0043-03-17', 'from Fri 15 to Sun 17 Mar 44 BC'],
		['-0043-01/-0043-03', 'from January to March 44 BC'],
		['-0752/0476', 'from 753 BC to 476'],
		['-0043-21', 'some month between March and May 44 BC'],
		['../-0043', 'by 44 BC'],
		['-0043/..', 'after 44 BC'],
		// Unchanged for the common era.
		['1970-04', 'April 1970'],
		['2025-02-19', 'Wed 19 Feb 2025']
	])('%s → %s', (expression, words) => expect(named(expression)).toBe(words));

	it('a range says both ends', () => {
		expect(named('-0752/0476', true)).toBe('753 BC – 476');
	});
});
