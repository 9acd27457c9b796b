import { describe, expect, it } from 'vitest';
import { utcDay } from '$lib/format/yearWords';
import { visibleRangeAnnouncement } from '$lib/a11y/rangeAnnouncement';
import { axisTicks } from './axisTicks';
import { formatWallRange } from './clusterName';
import { formatTick } from './tickFormat';
import { createTimeScale } from './timeScale';

/** The axis labels of a plot `width` px wide showing ISO years `from` to `to`. */
function labels(from: number, to: number, width = 1000): string[] {
	const scale = createTimeScale([utcDay(from), utcDay(to)], width);
	const ticks = axisTicks(scale, width);
	return ticks.map((tick) => formatTick(tick, ticks));
}

describe('axis labels in deep time', () => {
	it.each([
		// Round years as counted BC (ISO -2999 is 3000 BC); a round 0 is the year 1. The last
		// 80 px are kept free of labels.
		{ from: -3000, to: 500, expected: ['3000 BC', '2500 BC', '2000 BC', '1500 BC', '1000 BC', '500 BC', '1'] },
		{ from: -60, to: -20, expected: ['60 BC', '55 BC', '50 BC', '45 BC', '40 BC', '35 BC', '30 BC', '25 BC'] },
		{ from: -200_000, to: -100_000, expected: ['200,000 BC', '190,000 BC', '180,000 BC', '170,000 BC', '160,000 BC', '150,000 BC', '140,000 BC', '130,000 BC', '120,000 BC', '110,000 BC'] },
		// Early years of the common era are years, not 1900s, and not "AD".
		{ from: 400, to: 560, expected: ['400', '420', '440', '460', '480', '500', '520', '540'] },
		{ from: 1900, to: 2000, expected: ['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990'] }
	])('$from to $to', ({ from, to, expected }) => {
		expect(labels(from, to)).toEqual(expected);
	}); // prettier-ignore

	it('months and days in a BCE year say the year as BC', () => {
		const ticks = [utcDay(-43, 1, 1), utcDay(-43, 3, 1)];
		expect(formatTick(ticks[0]!, ticks)).toBe('Jan 44 BC');
		expect(formatTick(ticks[1]!, ticks)).toBe('March');
	});

	it('years 0–99 are ticked in their own century', () => {
		const ticks = axisTicks(createTimeScale([utcDay(10), utcDay(60)], 1000), 1000);
		expect(ticks.map((t) => t.getUTCFullYear())).toEqual([10, 15, 20, 25, 30, 35, 40, 45, 50, 55]);
	});
});

describe('ranges and announcements before the year 1000', () => {
	it.each([
		[utcDay(-777), utcDay(501), '778 BC – 500'],
		[utcDay(476), utcDay(480), '476 – 479'],
		[utcDay(-43, 3, 15), utcDay(-43, 3, 16), '15 March 44 BC']
	])('%s – %s reads %s', (from, to, words) => {
		expect(formatWallRange(from.getTime(), to.getTime(), [])).toBe(words);
	});

	it('a zoom in deep time is announced in years BC', () => {
		expect(visibleRangeAnnouncement(utcDay(-752), utcDay(477), 'year', 'UTC')).toBe(
			'Showing 753 BC – 476'
		);
	});
});
