import { describe, expect, it } from 'vitest';
import { resolveDateExpression } from './resolveDate';
import type { ResolvedDate } from '../types';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

interface Row {
	expression: string;
	timeZone?: string;
	expected: Partial<ResolvedDate> | { error: RegExp };
}

function resolve(expression: string, timeZone = LONDON) {
	return resolveDateExpression(expression, {
		published: '2025-02-27',
		publishedTimeZone: LONDON,
		timeZone
	});
}

const rows: Row[] = [
	// Reduced precision: a whole unit, from its first moment in the zone to the next unit's.
	{
		expression: '1952',
		expected: {
			start: '1952',
			end: '1952',
			precision: 'year',
			startsAt: '1952-01-01T00:00:00.000Z',
			endsAt: '1953-01-01T00:00:00.000Z'
		}
	},
	{
		expression: '1970-04',
		expected: {
			start: '1970-04',
			end: '1970-04',
			precision: 'month',
			// British Standard Time all year round from 1968 to 1971: UTC+1.
			startsAt: '1970-03-31T23:00:00.000Z',
			endsAt: '1970-04-30T23:00:00.000Z'
		}
	},
	{
		expression: '1970-04',
		timeZone: NEW_YORK,
		expected: { startsAt: '1970-04-01T05:00:00.000Z', endsAt: '1970-05-01T04:00:00.000Z' }
	},
	{
		expression: '2025-02-19',
		expected: {
			start: '2025-02-19',
			end: '2025-02-19',
			precision: 'day',
			startsAt: '2025-02-19T00:00:00.000Z',
			endsAt: '2025-02-20T00:00:00.000Z'
		}
	},
	{
		expression: '196X',
		expected: {
			start: '1960',
			end: '1969',
			precision: 'decade',
			startsAt: '1960-01-01T00:00:00.000Z',
			// Midnight starting 1970 in London, on British Standard Time (UTC+1).
			endsAt: '1969-12-31T23:00:00.000Z'
		}
	},
	{
		expression: '19XX',
		expected: { start: '1900', end: '1999', precision: 'span', endsAt: '2000-01-01T00:00:00.000Z' }
	},
	{ expression: '1985-XX', expected: { start: '1985', end: '1985', precision: 'year' } },
	{ expression: '1985-04-XX', expected: { start: '1985-04', end: '1985-04', precision: 'month' } },
	// Qualifiers.
	{ expression: '1815?', expected: { start: '1815', precision: 'year', qualifier: 'uncertain' } },
	{ expression: '1815~', expected: { start: '1815', qualifier: 'approximate' } },
	{ expression: '1815-06%', expected: { start: '1815-06', qualifier: 'uncertain-approximate' } },
	{ expression: 'in 1952', expected: { start: '1952', precision: 'year' } },
	// Intervals: from the start's first moment to the end's last.
	{
		expression: '1943-07/1946',
		expected: {
			start: '1943-07',
			end: '1946',
			precision: 'span',
			startsAt: '1943-06-30T22:00:00.000Z', // British Double Summer Time, UTC+2.
			endsAt: '1947-01-01T00:00:00.000Z'
		}
	},
	{
		expression: '2024-01-02T14:51Z/2024-01-03T10:00Z',
		expected: {
			start: '2024-01-02T14:51:00+00:00',
			end: '2024-01-03T10:00:00+00:00',
			precision: 'span',
			startsAt: '2024-01-02T14:51:00.000Z',
			endsAt: '2024-01-03T10:00:00.000Z'
		}
	},
	{
		expression: '2024-01-02T09:51-05:00/2024-01-03',
		timeZone: NEW_YORK,
		expected: {
			start: '2024-01-02T09:51:00-05:00',
			end: '2024-01-03',
			startsAt: '2024-01-02T14:51:00.000Z',
			endsAt: '2024-01-04T05:00:00.000Z'
		}
	},
	{
		expression: '1984~/2004-06',
		expected: { start: '1984', end: '2004-06', qualifier: 'approximate' }
	},
	{ expression: '1984?/2004~', expected: { qualifier: 'uncertain-approximate' } },
	// Open and unknown ends: the known end, with the modifier.
	{
		expression: '1985/..',
		expected: { start: '1985', end: '1985', precision: 'year', modifier: 'after' }
	},
	{ expression: '../1985', expected: { start: '1985', precision: 'year', modifier: 'before' } },
	{ expression: '1985-04/', expected: { start: '1985-04', precision: 'month', modifier: 'after' } },
	{ expression: '/1985', expected: { start: '1985', modifier: 'before' } },
	// Instants with an offset, in EDTF's own forms.
	{
		expression: '2024-01-02T14:51:30+01',
		expected: { precision: 'instant', startsAt: '2024-01-02T13:51:30.000Z' }
	},
	// Refused, with the reason.
	{ expression: '0950', expected: { error: /"0950": years before 1000, BCE years/ } },
	{ expression: '-0044-03-15', expected: { error: /BCE years/ } },
	{ expression: 'Y170000002', expected: { error: /after 9999/ } },
	{ expression: '095X', expected: { error: /years before 1000/ } },
	{ expression: '1970-21', expected: { error: /seasons are not supported/ } },
	{ expression: '1970-13', expected: { error: /not a valid calendar date/ } },
	{ expression: '2023-02-29', expected: { error: /not a valid calendar date/ } },
	{ expression: '1985-XX-12', expected: { error: /not an EDTF date/ } },
	{ expression: '196X-05', expected: { error: /not an EDTF date/ } },
	{ expression: '1946/1943-07', expected: { error: /ends before it starts/ } },
	{ expression: '../..', expected: { error: /at least one known end/ } },
	{ expression: '1943/1944/1945', expected: { error: /not an EDTF date/ } },
	{ expression: '2024-01-02T14:51/2024-01-03T10:00Z', expected: { error: /UTC offset/ } },
	{ expression: '2024-01-02T25:00Z', expected: { error: /UTC offset/ } }
];

describe('resolveDateExpression: EDTF', () => {
	it.each(rows)('$expression in $timeZone', ({ expression, timeZone, expected }) => {
		const result = resolve(expression, timeZone);
		if ('error' in expected) {
			expect(result).toMatchObject({ ok: false, message: expect.stringMatching(expected.error) });
			return;
		}
		expect(result).toMatchObject({ ok: true, date: expected });
		if (result.ok && !('qualifier' in expected))
			expect(result.date).not.toHaveProperty('qualifier');
		if (result.ok && !('modifier' in expected)) expect(result.date).not.toHaveProperty('modifier');
	});

	it('leaves date words to the word rules', () => {
		expect(resolve('this Friday')).toMatchObject({ ok: true, date: { start: '2025-02-28' } });
		expect(resolve('by 2027')).toMatchObject({ ok: true, date: { modifier: 'before' } });
	});
});
