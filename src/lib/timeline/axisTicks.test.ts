import { describe, expect, it } from 'vitest';
import { axisTicks, labelsLeft } from './axisTicks';
import { PLOT_PAD } from './layoutFrame';
import { createTimeScale } from './timeScale';

// A fitted story week, as Timeline draws it: the scale's range keeps a point's width free at
// either edge of the plot.
const domain: [Date, Date] = [new Date('2025-02-19T00:00:00Z'), new Date('2025-03-03T00:00:00Z')];
const scaleFor = (width: number) => createTimeScale(domain, width, PLOT_PAD);

describe('axisTicks', () => {
	const rows = [
		{ name: 'a wide desktop plot', width: 1086 },
		{ name: 'a 200% zoomed window', width: 616 },
		{ name: 'an embed in a narrow column', width: 576 },
		{ name: 'a 320 px phone', width: 294 }
	];
	it.each(rows)('$name: labels never touch, and the whole width is covered', ({ width }) => {
		const scale = scaleFor(width);
		const ticks = axisTicks(scale, width);
		const xs = ticks.map((t) => scale(t));
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(80);
		// Ticks go on to the plot's edge, short of the last 80 px, where a label would be cut
		// by it: but for one whose label goes to the left of its line, nearly twice that from the last.
		const widest = Math.max(...xs.slice(1).map((x, i) => x - xs[i]!));
		expect(width - xs.at(-1)!).toBeLessThan(widest + 80);
		expect(xs[0]).toBeGreaterThanOrEqual(0);
		const [end, before] = [xs.at(-1)!, xs.at(-2)!];
		if (labelsLeft(end, width)) expect(end - before).toBeGreaterThanOrEqual(152);
		else expect(end).toBeLessThanOrEqual(width - 80);
		expect(xs.slice(0, -1).every((x) => !labelsLeft(x, width))).toBe(true);
	});

	it('zoomed in to hours, it still spaces the labels', () => {
		const scale = createTimeScale(
			[new Date('2025-02-27T00:00:00Z'), new Date('2025-02-27T12:00:00Z')],
			600
		);
		const ticks = axisTicks(scale, 600);
		const xs = ticks.map((t) => scale(t));
		expect(ticks.some((t) => t.getUTCHours() !== 0)).toBe(true);
		for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(80);
	});
});
