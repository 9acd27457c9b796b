import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isoDayText, isoLocalTimeText, isoMonthText, yearText } from './calendarText';

// Written as date-fns's lightFormat writes the same patterns, in the date's own zone.
describe('calendar text', () => {
	const dates = [
		new TZDate(2025, 1, 27, 9, 30, 5, 0, 'Europe/London'),
		new TZDate(2025, 11, 31, 23, 59, 59, 120, 'Pacific/Kiritimati'),
		new TZDate(Date.UTC(2025, 2, 30, 1, 0), 'America/Los_Angeles'),
		(() => {
			const d = new TZDate(0, 'UTC');
			d.setFullYear(44, 2, 15);
			return d;
		})(),
		(() => {
			const d = new TZDate(0, 'UTC');
			d.setFullYear(-43, 2, 15);
			return d;
		})(),
		(() => {
			const d = new TZDate(0, 'UTC');
			d.setFullYear(0, 0, 1);
			return d;
		})(),
		new TZDate(12345, 5, 1, 'Asia/Tokyo')
	];

	it.each(dates.map((date) => [date.toString(), date]))('%s', (_, date) => {
		expect(yearText(date)).toBe(lightFormat(date, 'yyyy'));
		expect(isoMonthText(date)).toBe(lightFormat(date, 'yyyy-MM'));
		expect(isoDayText(date)).toBe(lightFormat(date, 'yyyy-MM-dd'));
		const pattern =
			date.getMilliseconds() === 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.SSS";
		expect(isoLocalTimeText(date)).toBe(lightFormat(date, pattern));
	});
});
