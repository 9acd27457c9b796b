import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { createTimeScale } from './timeScale';

// The timeline's own straight-line scale answers as d3's scaleLinear does, where it is used.
describe('createTimeScale', () => {
	const from = Date.UTC(2025, 1, 19);
	const to = Date.UTC(2025, 2, 2);
	const scale = createTimeScale([new Date(from), new Date(to)], 1000, 12);
	const d3 = scaleLinear().domain([from, to]).range([12, 988]);

	it('maps and inverts as d3 does', () => {
		for (const t of [from, to, (from + to) / 2, from - 86_400_000, to + 3_600_000]) {
			expect(scale(t)).toBeCloseTo(d3(t), 9);
			expect(scale(new Date(t))).toBeCloseTo(d3(t), 9);
		}
		for (const x of [0, 12, 500, 988, 1200]) expect(scale.invert(x)).toBeCloseTo(d3.invert(x), 3);
	});

	it('copies with another domain or range, leaving the original as it was', () => {
		const zoomed = scale.copy().domain([from, (from + to) / 2]);
		const d3Zoomed = d3.copy().domain([from, (from + to) / 2]);
		expect(zoomed((from + to) / 4)).toBeCloseTo(d3Zoomed((from + to) / 4), 9);
		const visible = scale
			.copy()
			.domain([new Date(from), new Date(to)])
			.range([0, 600]);
		expect(visible(to)).toBe(600);
		expect(scale.domain()).toEqual([from, to]);
		expect(scale.range()).toEqual([12, 988]);
	});

	it('keeps a pixel of range on a plot too narrow for its pads', () => {
		expect(createTimeScale([new Date(from), new Date(to)], 10, 12).range()).toEqual([12, 13]);
	});

	it('maps a domain of one instant to the middle of the range, as d3 does', () => {
		const one = createTimeScale([new Date(from), new Date(from)], 100);
		expect(one(from)).toBe(scaleLinear().domain([from, from]).range([0, 100])(from));
		expect(one.invert(30)).toBe(from);
	});
});
