import { describe, expect, it } from 'vitest';
import type { DateExtent, DatePrecision } from '$lib/story/types';
import { bandKind, drawnShape, markBand, markShape } from './markGeometry';

const DAY = 86_400_000;

/** An event of `days` days (0: an instant), in the display zone unless `ownZone`. */
const event = (precision: DatePrecision, extent: DateExtent, days: number, ownZone = false) => ({
	precision,
	extent,
	start: 0,
	end: days * DAY,
	ownZone
});

describe('drawnShape and markShape', () => {
	it.each([
		['a range the words give (earlier this week)', event('span', 'within', 3), 'range', 'bar'],
		['an EDTF interval (1943-07/1946)', event('span', 'throughout', 1000), 'bar', 'bar'],
		['a day', event('day', 'within', 1), 'point', 'point'],
		['a day said to last all day', event('day', 'throughout', 1), 'bar', 'bar'],
		['an instant', event('instant', 'within', 0), 'point', 'point'],
		[
			'an instant said to last: nothing to fill',
			event('instant', 'throughout', 0),
			'point',
			'point'
		],
		['a year', event('year', 'within', 365), 'point', 'point']
	] as const)('%s: drawn as a %s, laid out as a %s', (_, e, drawn, laidOut) => {
		expect(drawnShape(e)).toBe(drawn);
		// A range is laid out over its interval, as a bar is: its label inside its left end.
		expect(markShape(e)).toBe(laidOut);
	});
});

describe('markBand', () => {
	const size = 12;
	it.each([
		['a range wider than the point: a bracket', event('span', 'within', 3), 0, 90, 'range'],
		['a range no wider than the point: none', event('span', 'within', 3), 0, 12, null],
		['a bar: none, the bar is the interval', event('span', 'throughout', 3), 0, 90, null],
		['a day in the axis’s zone: none', event('day', 'within', 1), 0, 30, null],
		['a day in another zone: its pale bar', event('day', 'within', 1, true), 0, 30, 'zone'],
		['… not where it is under a pixel', event('day', 'within', 1, true), 0, 0.5, null],
		[
			'a range in another zone: still its bracket',
			event('span', 'within', 3, true),
			0,
			90,
			'range'
		],
		['an instant in another zone: none', event('instant', 'within', 0, true), 40, 40, null]
	] as const)('%s', (_, e, x0, x1, band) => {
		expect(markBand(e, x0, x1, size)).toBe(band);
	});

	it('tells the legend the kind whatever the zoom', () => {
		expect(bandKind(event('span', 'within', 3))).toBe('range');
		expect(bandKind(event('month', 'within', 30, true))).toBe('zone');
		expect(bandKind(event('month', 'within', 30))).toBeNull();
	});
});
