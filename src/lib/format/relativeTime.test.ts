import { describe, expect, it } from 'vitest';
import { formatRelative, relativeAmount } from './relativeTime';

const now = Date.UTC(2026, 11, 3, 12, 0, 0);
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('relativeAmount: the unit a reader would say it in', () => {
	it.each([
		['no time at all', 0, 0, 'second'],
		['a clock a little ahead', -5 * second, 0, 'second'],
		['42 seconds', 42 * second, -42, 'second'],
		['just under a minute', minute - 1, -59, 'second'],
		['a minute', minute, -1, 'minute'],
		['59 minutes 59 seconds', hour - second, -59, 'minute'],
		['2 hours 59 minutes', 3 * hour - minute, -2, 'hour'],
		['23 hours', 23 * hour, -23, 'hour'],
		['a day', day, -1, 'day'],
		['6 days 23 hours', 7 * day - hour, -6, 'day'],
		['a week', 7 * day, -1, 'week'],
		['29 days', 29 * day, -4, 'week'],
		['31 days', 31 * day, -1, 'month'],
		['200 days', 200 * day, -6, 'month'],
		['364 days', 364 * day, -11, 'month'],
		['366 days', 366 * day, -1, 'year'],
		['ten years', 3653 * day, -10, 'year']
	] as const)('%s ago', (_name, ago, value, unit) => {
		expect(relativeAmount(now - ago, now)).toEqual({ value, unit });
	});
});

describe('formatRelative: in the reader’s language', () => {
	it.each([
		['en-GB', 2 * hour, '2 hours ago'],
		['en-GB', day + hour, '1 day ago'],
		['en-GB', 0, 'now'],
		['fr', 2 * hour, 'il y a 2 heures'],
		['fr', 3 * 7 * day, 'il y a 3 semaines'],
		['de', 5 * minute, 'vor 5 Minuten'],
		['de', 400 * day, 'vor 1 Jahr'],
		['es', 3 * day, 'hace 3 días'],
		['uk', 2 * hour, '2 години тому'],
		['uk', 5 * hour, '5 годин тому'],
		['ar', 2 * hour, 'قبل ساعتين']
	] as const)('%s, %i ms ago', (locale, ago, words) => {
		expect(formatRelative(now - ago, now, locale)).toBe(words);
	});
});
