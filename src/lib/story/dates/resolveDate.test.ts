import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from './resolveDate';
import type { ResolvedDate } from '../types';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
/** The article's publication day, a Thursday. */
const THU = '2025-02-27';
const MON = '2025-02-24';
const SUN = '2025-03-02';

interface Row {
	name: string;
	expression: string;
	published: string;
	timeZone: string;
	publishedTimeZone?: string;
	direction?: 'past' | 'future';
	expected: Partial<ResolvedDate> | { error: RegExp };
}

const day = (date: string): Partial<ResolvedDate> => ({ start: date, end: date, precision: 'day' });
const span = (start: string, end: string): Partial<ResolvedDate> => ({
	start,
	end,
	precision: 'span'
});

function run(row: Row) {
	return resolveDateExpression(row.expression, {
		published: row.published,
		publishedTimeZone: row.publishedTimeZone ?? LONDON,
		timeZone: row.timeZone,
		...(row.direction && { direction: row.direction })
	});
}

function check(row: Row): void {
	const result = run(row);
	if ('error' in row.expected) {
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(row.expected.error);
		return;
	}
	expect(result).toMatchObject({ ok: true, date: { timeZone: row.timeZone, ...row.expected } });
	if (result.ok && !('modifier' in row.expected))
		expect(result.date).not.toHaveProperty('modifier');
}

describe('resolveDateExpression: the article (published Thursday 2025-02-27, London)', () => {
	const rows: Row[] = [
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
	it.each(rows)('$name', check);
});

describe('resolveDateExpression: grammar', () => {
	const rows: Row[] = [
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
	it.each(rows)('$name', check);
});

describe('resolveDateExpression: written dates', () => {
	const rows: Row[] = [
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
	it.each(rows)('$name', check);
});

describe('resolveDateExpression: instants', () => {
	const rows: Row[] = [
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
	it.each(rows)('$name', check);
});

describe('resolveDateExpression: week boundaries', () => {
	const rows: Row[] = [
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
	it.each(rows)('$name', check);
});

describe('resolveDateExpression: daylight saving and zones', () => {
	const rows: Row[] = [
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
	it.each(rows)('$name', check);
});

describe('resolveDateExpression: errors', () => {
	const rows: Row[] = [
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
			expected: { error: /19 February 2025 is a Wednesday, not a Thursday/ }
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
	it.each(rows)('$name', check);
});
