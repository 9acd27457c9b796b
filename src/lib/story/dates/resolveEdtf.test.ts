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
	// Deep time, counted as ISO 8601 does: year 0 is 1 BC, -0043 is 44 BC.
	{
		expression: '-0043-03-15',
		timeZone: 'UTC',
		expected: {
			start: '-0043-03-15',
			precision: 'day',
			startsAt: '-000043-03-15T00:00:00.000Z',
			endsAt: '-000043-03-16T00:00:00.000Z'
		}
	},
	{
		expression: '0000',
		timeZone: 'UTC',
		expected: {
			start: '0000',
			startsAt: '0000-01-01T00:00:00.000Z',
			endsAt: '0001-01-01T00:00:00.000Z'
		}
	},
	{ expression: '-0000', timeZone: 'UTC', expected: { start: '0000', precision: 'year' } },
	// Years 0–99 are not taken for 1900–1999; year 0 and 44 are leap years, 43 is not.
	{
		expression: '0044-02-29',
		timeZone: 'UTC',
		expected: { start: '0044-02-29', startsAt: '0044-02-29T00:00:00.000Z' }
	},
	{
		expression: '-0004-02-29',
		timeZone: 'UTC',
		expected: { startsAt: '-000004-02-29T00:00:00.000Z' }
	},
	{ expression: '0043-02-29', expected: { error: /not a valid calendar date/ } },
	{
		expression: '0950',
		timeZone: 'UTC',
		expected: { start: '0950', startsAt: '0950-01-01T00:00:00.000Z' }
	},
	{ expression: '095X', expected: { start: '0950', end: '0959', precision: 'decade' } },
	{
		expression: '-0753~',
		expected: { start: '-0753', precision: 'year', qualifier: 'approximate' }
	},
	{
		expression: 'Y-170000',
		timeZone: 'UTC',
		expected: {
			start: '-170000',
			precision: 'year',
			startsAt: '-170000-01-01T00:00:00.000Z',
			endsAt: '-169999-01-01T00:00:00.000Z'
		}
	},
	{
		expression: 'Y12345',
		timeZone: 'UTC',
		expected: { start: '12345', startsAt: '+012345-01-01T00:00:00.000Z' }
	},
	{
		expression: '-0043-03-15/0476',
		timeZone: 'UTC',
		expected: { start: '-0043-03-15', end: '0476', endsAt: '0477-01-01T00:00:00.000Z' }
	},
	// The Date's limits: 271,821 BC and AD 275,759 are the last whole years it holds.
	{
		expression: 'Y-271820',
		timeZone: 'UTC',
		expected: { startsAt: '-271820-01-01T00:00:00.000Z' }
	},
	{ expression: 'Y275759', timeZone: 'UTC', expected: { endsAt: '+275760-01-01T00:00:00.000Z' } },
	{
		expression: 'Y-271821',
		expected: { error: /"Y-271821": year -271821 is beyond what a timeline can draw/ }
	},
	{ expression: 'Y170000002', expected: { error: /year 170000002 is beyond/ } },
	{ expression: 'Y-170000-03', expected: { error: /not an EDTF date/ } },
	{ expression: '-196X', expected: { error: /not an EDTF date/ } },
	// Seasons (21–24 in the zone's hemisphere, 25–32 named), quarters, quadrimesters, semesters.
	{
		expression: '2025-21',
		timeZone: 'UTC',
		expected: {
			start: '2025-03',
			end: '2025-05',
			precision: 'span',
			extent: 'within',
			startsAt: '2025-03-01T00:00:00.000Z',
			endsAt: '2025-06-01T00:00:00.000Z'
		}
	},
	{
		expression: '2025-21',
		timeZone: 'Australia/Sydney',
		expected: { start: '2025-09', end: '2025-11' }
	},
	{
		expression: '2024-24',
		timeZone: 'UTC',
		expected: { start: '2024-12', end: '2025-02', endsAt: '2025-03-01T00:00:00.000Z' }
	},
	{ expression: '2025-22', timeZone: NEW_YORK, expected: { start: '2025-06', end: '2025-08' } },
	{
		expression: '2025-27',
		timeZone: 'Australia/Sydney',
		expected: { start: '2025-09', end: '2025-11' }
	},
	{ expression: '2025-31', expected: { start: '2025-03', end: '2025-05' } },
	{ expression: '2025-34', expected: { start: '2025-04', end: '2025-06' } },
	{ expression: '2025-39', expected: { start: '2025-09', end: '2025-12' } },
	{ expression: '2025-41', expected: { start: '2025-07', end: '2025-12' } },
	{
		expression: '-0043-23?',
		expected: { start: '-0043-09', end: '-0043-11', qualifier: 'uncertain' }
	},
	{
		expression: '2025-21/2025-23',
		expected: { start: '2025-03', end: '2025-11', extent: 'throughout' }
	},
	// Refused, with the reason.
	{ expression: '2025-21-03', expected: { error: /not an EDTF date/ } },
	{ expression: '1970-42', expected: { error: /not a valid calendar date/ } },
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

describe('resolveDateExpression: EDTF seasons say their hemisphere', () => {
	it.each([
		['2025-21', LONDON, /March to May, in the northern hemisphere \(the zone Europe\/London .*north of the equator\)/],
		['2025-21', 'Australia/Sydney', /September to November, in the southern hemisphere/],
		['2025-24', NEW_YORK, /from December to February/],
		['2025-29', LONDON, /September to November, in the southern hemisphere \(as its code says\)/],
		['1990-21/1990-22', LONDON, /from March to May/]
	])('%s in %s', (expression, timeZone, note) => {
		expect(resolve(expression, timeZone)).toMatchObject({ ok: true, assumption: { message: expect.stringMatching(note) } });
	});

	it('a quarter or a plain date assumes nothing', () => {
		expect(resolve('2025-33')).not.toHaveProperty('assumption');
		expect(resolve('-0043-03-15')).not.toHaveProperty('assumption');
	});
}); // prettier-ignore
