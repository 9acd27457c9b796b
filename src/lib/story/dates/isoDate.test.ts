import { isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDateOrInstant, isoDayStartUtc, parseIsoInstant } from './isoDate';
import { parseIsoDay } from './isoDayInZone';

/** What date-fns reads from the same text: the reference these small readers replace. */
function dateFnsInstant(text: string): number | null {
	if (!/T/i.test(text) || !/(?:Z|[+-]\d{2}:\d{2})$/i.test(text)) return null;
	const date = parseISO(text.toUpperCase());
	return isValid(date) ? date.getTime() : null;
}

describe('isoDayStartUtc', () => {
	it.each([
		['2025-02-27', Date.UTC(2025, 1, 27)],
		['2024-02-29', Date.UTC(2024, 1, 29)],
		['2000-02-29', Date.UTC(2000, 1, 29)],
		// Years below 100 stay themselves (Date.UTC would read 0099 as 1999).
		['0099-12-31', -59_011_545_600_000],
		['2025-02-29', null],
		['1900-02-29', null],
		['2025-04-31', null],
		['2025-13-01', null],
		['2025-00-10', null],
		['2025-01-00', null],
		['2025-2-27', null],
		['2025-02-27T00:00Z', null],
		[' 2025-02-27', null]
	])('%s -> %s', (text, expected) => {
		expect(isoDayStartUtc(text)).toBe(expected);
	});

	it('agrees with date-fns on every generated calendar date', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: 0, max: 32 }),
				(y, m, d) => {
					const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
					const reference = parseISO(`${text}T00:00Z`);
					expect(isoDayStartUtc(text)).toBe(isValid(reference) ? reference.getTime() : null);
				}
			),
			{ seed: 20250227, numRuns: 400 }
		);
	});
});

describe('parseIsoInstant', () => {
	it.each([
		['2025-02-27T09:30Z', '2025-02-27T09:30:00.000Z'],
		['2025-02-27t09:30z', '2025-02-27T09:30:00.000Z'],
		['2025-02-27T09:30:15.5+01:00', '2025-02-27T08:30:15.500Z'],
		['2025-02-27T00:10-05:30', '2025-02-27T05:40:00.000Z'],
		['2025-02-27T24:00Z', '2025-02-28T00:00:00.000Z'],
		['2025-02-27T24:01Z', null],
		['2025-02-27T23:60Z', null],
		['2025-02-27T23:59:60Z', null],
		['2025-02-30T10:00Z', null],
		['2025-02-27T10:00+01:60', null],
		// No offset: a local time alone is ambiguous.
		['2025-02-27T10:00', null],
		['2025-02-27', null]
	])('%s -> %s', (text, expected) => {
		expect(parseIsoInstant(text)?.toISOString() ?? null).toBe(expected);
	});

	it('agrees with date-fns on every generated date-time', () => {
		const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
		const text = fc
			.tuple(
				fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
				two(13),
				two(32),
				two(25),
				two(61),
				fc.option(two(61)),
				fc.option(fc.integer({ min: 0, max: 999 }).map(String)),
				fc.constantFrom('Z', 'z', '+', '-'),
				two(25),
				two(61)
			)
			.map(
				([y, mo, d, h, mi, s, f, zone, oh, om]) =>
					`${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}${f === null ? '' : `.${f}`}`}` +
					(zone === 'Z' || zone === 'z' ? zone : `${zone}${oh}:${om}`)
			);
		fc.assert(
			fc.property(text, (t) => {
				expect(parseIsoInstant(t)?.getTime() ?? null).toBe(dateFnsInstant(t));
			}),
			{ seed: 20250227, numRuns: 1000 }
		);
	});
});

describe('parseIsoDay and isIsoDateOrInstant', () => {
	it('gives the first moment of the day in the zone asked for', () => {
		expect(parseIsoDay('2025-02-27', 'Europe/London')?.getTime()).toBe(
			Date.parse('2025-02-27T00:00:00Z')
		);
		expect(parseIsoDay('2025-02-27', 'America/New_York')?.getTime()).toBe(
			Date.parse('2025-02-27T05:00:00Z')
		);
		expect(parseIsoDay('2025-02-30', 'UTC')).toBeNull();
	});

	it.each([
		['2025-02-27', true],
		['2025-02-27T10:00Z', true],
		['2025-02-27T10:00', false],
		['27 February 2025', false]
	])('%s -> %s', (text, expected) => {
		expect(isIsoDateOrInstant(text)).toBe(expected);
	});
});
