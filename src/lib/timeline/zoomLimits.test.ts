import { describe, expect, it } from 'vitest';
import type { ResolvedDate } from '$lib/story/types';
import {
	CLOSEST_VIEW,
	closestView,
	dateGrain,
	MAX_ZOOM_OUT,
	zoomScaleExtent,
	type DateGrain
} from './zoomLimits';

type When = Pick<ResolvedDate, 'precision' | 'start' | 'end'>;
const hour = 3_600_000;
const day = 24 * hour;

describe('dateGrain', () => {
	const rows: { when: When; expected: DateGrain }[] = [
		{
			when: {
				precision: 'instant',
				start: '2025-02-27T09:30:00-05:00',
				end: '2025-02-27T09:30:00-05:00'
			},
			expected: 'minute'
		},
		{ when: { precision: 'day', start: '2025-02-24', end: '2025-02-24' }, expected: 'day' },
		{ when: { precision: 'month', start: '1970-04', end: '1970-04' }, expected: 'month' },
		{ when: { precision: 'year', start: '1952', end: '1952' }, expected: 'year' },
		{ when: { precision: 'decade', start: '1950', end: '1959' }, expected: 'decade' },
		// A span is as fine as its finer end.
		{ when: { precision: 'span', start: '2025-02-24', end: '2025-02-26' }, expected: 'day' },
		{ when: { precision: 'span', start: '1943-07', end: '1946' }, expected: 'month' },
		{ when: { precision: 'span', start: '1956', end: '1962' }, expected: 'year' },
		{ when: { precision: 'span', start: '-0044', end: '0014' }, expected: 'year' },
		{
			when: { precision: 'span', start: '2024-01-02T14:51:00Z', end: '2024-01-03T10:00:00Z' },
			expected: 'minute'
		},
		{
			when: { precision: 'span', start: '2024-01-02', end: '2024-01-03T10:00:00+01:00' },
			expected: 'minute'
		}
	];
	it.each(rows)(
		'$when.precision $when.start – $when.end is known to the $expected',
		({ when, expected }) => {
			expect(dateGrain(when)).toBe(expected);
		}
	);
});

describe('closestView', () => {
	const of = (...whens: When[]) => whens.map((when) => ({ when }));
	const dayDate: When = { precision: 'day', start: '2025-02-24', end: '2025-02-24' };
	const weekSpan: When = { precision: 'span', start: '2025-02-24', end: '2025-02-26' };
	const instant: When = {
		precision: 'instant',
		start: '2025-02-27T09:30:00Z',
		end: '2025-02-27T09:30:00Z'
	};
	const yearDate: When = { precision: 'year', start: '1952', end: '1952' };
	const monthSpan: When = { precision: 'span', start: '1943-07', end: '1946' };
	it.each([
		{ name: 'a story of days stops at a day', events: of(dayDate, weekSpan), expected: day },
		{
			name: 'one instant among days: an hour',
			events: of(dayDate, instant, weekSpan),
			expected: hour
		},
		{ name: 'a story of years stops at a year', events: of(yearDate), expected: CLOSEST_VIEW.year },
		{
			name: 'years and a span from a month: a month',
			events: of(yearDate, monthSpan),
			expected: CLOSEST_VIEW.month
		},
		{ name: 'years and one day: a day', events: of(yearDate, monthSpan, dayDate), expected: day },
		{
			name: 'decades alone: ten years',
			events: of({ precision: 'decade', start: '1950', end: '1959' }),
			expected: CLOSEST_VIEW.decade
		},
		{ name: 'no events: as close as minutes need', events: of(), expected: hour }
	])('$name', ({ events, expected }) => {
		expect(closestView(events)).toBe(expected);
	});

	it('a month is about 30 days and a year about 365', () => {
		expect(CLOSEST_VIEW.month / day).toBeCloseTo(30.4, 1);
		expect(CLOSEST_VIEW.year / day).toBeCloseTo(365.25, 2);
	});
});

describe('zoomScaleExtent', () => {
	it.each([
		{ name: 'a week of days zooms in 7×', fit: 7 * day, closest: day, expected: [MAX_ZOOM_OUT, 7] },
		{
			name: 'a week, with instants: 168×',
			fit: 7 * day,
			closest: hour,
			expected: [MAX_ZOOM_OUT, 168]
		},
		{
			name: 'a fit narrower than the closest view does not zoom in',
			fit: 12 * hour,
			closest: day,
			expected: [MAX_ZOOM_OUT, 1]
		},
		{
			name: 'by default, to an hour',
			fit: 2 * day,
			closest: undefined,
			expected: [MAX_ZOOM_OUT, 48]
		}
	])('$name', ({ fit, closest, expected }) => {
		expect(zoomScaleExtent(fit, closest)).toEqual(expected);
	});
});
