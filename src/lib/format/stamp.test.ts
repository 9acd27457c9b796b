import { describe, expect, it } from 'vitest';
import { formatStamp, stampDatetime } from './stamp';

describe('formatStamp', () => {
	it.each([
		['2025-03-03T09:00:00+00:00', 'Europe/London', '3 Mar 2025, 09:00 GMT'],
		['2025-03-03T09:00:00Z', 'America/New_York', '3 Mar 2025, 04:00 GMT-5'],
		['2025-07-01T23:30:00Z', 'Europe/London', '2 Jul 2025, 00:30 BST'],
		['2025-03-03T10:00:00+01:00', 'Europe/London', '3 Mar 2025, 09:00 GMT'],
		['2025-03-03T09:00:00+00:00', 'UTC', '3 Mar 2025, 09:00 UTC']
	])('gives %s in %s as "%s"', (iso, zone, words) => {
		expect(formatStamp(iso, zone)).toBe(words);
	});
});

describe('stampDatetime', () => {
	it.each([
		['2025-03-03T09:00:00+00:00', '2025-03-03T09:00:00.000Z'],
		['2025-03-03t10:00+01:00', '2025-03-03T09:00:00.000Z'],
		['2025-03-02T24:00Z', '2025-03-03T00:00:00.000Z']
	])('writes %s for <time datetime> as %s', (iso, datetime) => {
		expect(stampDatetime(iso)).toBe(datetime);
	});
});
