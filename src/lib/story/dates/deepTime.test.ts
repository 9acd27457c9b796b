import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR } from './edtf';
import { resolveDateExpression } from './resolveDate';

// Generated inputs, the same on every run: a failure prints the seed and the shrunk input.
const RUNS = { seed: 20250227, numRuns: 300 } as const;
const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const written = (year: number) =>
	Math.abs(year) > 9999 ? `Y${year}` : `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;

/** Years on both sides of what a Date holds, most of them near the present era. */
const year = fc.oneof(
	fc.integer({ min: -9999, max: 9999 }),
	fc.integer({ min: MIN_YEAR - 50_000, max: MAX_YEAR + 50_000 })
);
const expression = fc.oneof(
	year.map(written),
	fc
		.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
		.map(([y, m, d]) => `${written(y)}-${pad(m)}-${pad(d)}`),
	fc
		.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 0, max: 45 }))
		.map(([y, code]) => `${written(y)}-${pad(code)}`)
); // prettier-ignore
const zone = fc.constantFrom('UTC', 'Europe/London', 'Australia/Sydney', 'Pacific/Chatham');

const FIRST = -8.64e15;
const LAST = 8.64e15;

describe('deep time', () => {
	it('never throws; resolves inside what a Date holds, or says why not', () => {
		fc.assert(
			fc.property(expression, zone, (text, timeZone) => {
				const result = resolveDateExpression(text, { published: null, publishedTimeZone: timeZone, timeZone }); // prettier-ignore
				if (!result.ok) {
					expect(result.message).toMatch(
						/beyond what a timeline can draw|not a valid calendar date/
					);
					return;
				}
				const [start, end] = [Date.parse(result.date.startsAt), Date.parse(result.date.endsAt)];
				expect(start).toBeGreaterThanOrEqual(FIRST);
				expect(end).toBeLessThanOrEqual(LAST);
				expect(start).toBeLessThan(end);
			}),
			RUNS
		);
	});

	it('in UTC, a BCE or long year and a BCE day cover what the edtf package reads', () => {
		fc.assert(
			fc.property(expression, (text) => {
				if (/-(2\d|3\d|4\d)$/.test(text) && !/^-?\d{4}$/.test(text)) return; // its seasons differ
				const result = resolveDateExpression(text, { published: null, publishedTimeZone: 'UTC', timeZone: 'UTC' }); // prettier-ignore
				if (!result.ok) return;
				const value = edtf(text);
				expect([Date.parse(result.date.startsAt), Date.parse(result.date.endsAt)]).toEqual([
					value.min,
					value.max + 1
				]);
			}),
			RUNS
		);
	});
});
