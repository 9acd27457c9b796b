import { TZDate, tz } from '@date-fns/tz';
import { format, lightFormat, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOffset } from './isoOffset';
import { parseIsoDay } from './isoDayInZone';

// The worker's light stand-ins write what date-fns's full `format` and `parseISO` wrote.
const ZONES = [
	'UTC',
	'Europe/London',
	'America/New_York',
	'Asia/Kolkata',
	'Australia/Lord_Howe',
	'Pacific/Chatham',
	'America/St_Johns',
	'Africa/Monrovia'
];
const RUNS = { seed: 18, numRuns: 400 };

describe('isoOffset', () => {
	it('writes the offset as format(date, "xxx") does', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }),
				fc.constantFrom(...ZONES),
				(ms, zone) => {
					const date = new TZDate(ms, zone);
					expect(isoOffset(date)).toBe(format(date, 'xxx'));
				}
			),
			RUNS
		);
	});

	it('writes a date-time with its offset as the full format did', () => {
		const date = new TZDate(Date.UTC(2025, 1, 27, 14, 30, 5), 'America/New_York');
		expect(lightFormat(date, "yyyy-MM-dd'T'HH:mm:ss") + isoOffset(date)).toBe(
			format(date, "yyyy-MM-dd'T'HH:mm:ssxxx")
		);
		expect(isoOffset(new TZDate(0, 'Asia/Kolkata'))).toBe('+05:30');
	});
});

describe('parseIsoDay', () => {
	it('gives the day parseISO gave in the zone, years 0–99 included', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9999 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				fc.constantFrom(...ZONES),
				(year, month, day, zone) => {
					const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					const ours = parseIsoDay(text, zone);
					expect(ours?.getTime()).toBe(parseISO(text, { in: tz(zone) }).getTime());
					expect(ours?.timeZone).toBe(zone);
				}
			),
			RUNS
		);
	});

	it('refuses a day the calendar does not have', () => {
		expect(parseIsoDay('2025-02-30', 'UTC')).toBeNull();
		expect(parseIsoDay('27 Feb', 'UTC')).toBeNull();
	});
});
