import { describe, expect, it } from 'vitest';
import {
	fluidLabelWidth,
	fluidPlacer,
	labelGrowth,
	markAnchor,
	NOMINAL_WIDTH,
	pixelPlacer
} from './fluidPlacement';
import { PLOT_PAD } from './layoutFrame';
import { layoutTimeline } from './layoutTimeline';
import { defaultTimelineOptions, type TimelineOptions } from './layoutTypes';
import { day, hour, timelineEvent } from './testEvents';
import { createTimelineIndex } from './timelineIndex';

const options: TimelineOptions = { ...defaultTimelineOptions, displayTimeZone: 'Europe/London' };
const t0 = Date.UTC(2025, 1, 18);
const index = createTimelineIndex([
	timelineEvent('a', t0, t0 + day - 1, { title: 'Trump calls Zelenskyy a dictator' }),
	timelineEvent('b', t0 + 5 * day, t0 + 8 * day, { precision: 'span', title: 'A long visit' }),
	timelineEvent('c', t0 + 6 * day + 9 * hour, t0 + 6 * day + 9 * hour, { precision: 'instant' }),
	timelineEvent('d', t0 + 14 * day, t0 + 15 * day - 1, { title: 'The last event, far right' })
]);
const identity = { k: 1, x: 0 };
const nominal = layoutTimeline(index, [], NOMINAL_WIDTH, identity, options);
const place = fluidPlacer(NOMINAL_WIDTH);

/**
 * What the browser computes for a length `place` wrote, in a plot `width` wide: the two
 * forms it writes, `Apx` and `calc(S * (100cqw - Ppx) + Apx)`.
 */
function resolve(css: string, width: number): number {
	const plain = /^(-?[\d.]+)px$/.exec(css);
	if (plain) return Number(plain[1]);
	const fluid = /^calc\((-?[\d.]+) \* \(100cqw - ([\d.]+)px\) \+ (-?[\d.]+)px\)$/.exec(css);
	if (!fluid) throw new Error(`not a length place writes: ${css}`);
	const [, share, pads, px] = fluid.map(Number) as number[];
	return share! * (width - pads!) + px!;
}

describe('fluidPlacer (the prerendered picture at any width)', () => {
	it('at the width laid out, puts every mark where the layout does', () => {
		for (const mark of nominal.marks)
			for (const x of [mark.left, mark.right, mark.labelX, mark.x0, mark.x1, mark.cx])
				expect(resolve(place(x, markAnchor(mark, x)), NOMINAL_WIDTH)).toBeCloseTo(x, 1);
	});

	it.each([320, 375, 640, 866, 1280, 2000])(
		'at %i px, puts each point and bar where the layout of that width does',
		(width) => {
			const real = layoutTimeline(index, [], width, identity, options);
			for (const mark of nominal.marks) {
				const there = real.marks.find((m) => m.event.id === mark.event.id)!;
				// A point is drawn about its centre; a bar from its ends.
				if (mark.shape === 'point')
					expect(resolve(place(mark.cx, markAnchor(mark, mark.cx)), width)).toBeCloseTo(
						there.cx,
						1
					);
				expect(resolve(place(mark.x0, mark.x0), width)).toBeCloseTo(there.x0, 1);
				expect(resolve(place(mark.x1, mark.x1), width)).toBeCloseTo(there.x1, 1);
			}
			for (const [i, tick] of nominal.ticks.entries())
				expect(resolve(place(tick.x), width)).toBeCloseTo(real.scale(nominal.ticks[i]!.time), 1);
		}
	);

	it('keeps a label its distance in pixels from its point, and lengths within a mark', () => {
		const mark = nominal.marks.find((m) => m.event.id === 'a')!;
		expect(mark.showLabel).toBe(true);
		const offset = mark.labelX - mark.cx;
		for (const width of [320, 1280]) {
			const from = (x: number) => resolve(place(x, mark.cx, mark.left, mark.cx), width);
			expect(from(mark.labelX) - from(mark.cx)).toBeCloseTo(offset, 1);
			expect(from(mark.left)).toBeCloseTo(0, 5);
		}
		// A bar's length grows with the plot.
		const bar = nominal.marks.find((m) => m.event.id === 'b')!;
		const length = (width: number) => resolve(place(bar.x1, bar.x1, bar.x0, bar.x0), width);
		expect(length(NOMINAL_WIDTH)).toBeCloseTo(bar.x1 - bar.x0, 1);
		expect(length(1280)).toBeGreaterThan(3 * length(NOMINAL_WIDTH));
	});

	it('writes plain pixels for what does not move with the scale', () => {
		// From the plot's edge, anchored at the start of the range (a point's width in).
		expect(place(10, PLOT_PAD)).toBe('10px');
		expect(place(-6, 0, 4, 0)).toBe('-10px');
	});
});

/** What the browser computes for a width `fluidLabelWidth` wrote, in a plot `width` wide. */
function resolveLabel(css: string, width: number): number {
	const plain = /^(-?[\d.]+)px$/.exec(css);
	if (plain) return Number(plain[1]);
	const grown =
		/^clamp\(0px, ([\d.]+)px \+ (-?[\d.]+) \* \(\(100cqw - ([\d.]+)px\) - ([\d.]+)px\) \+ ([01]) \* \(100cqw - ([\d.]+)px\), ([\d.]+)px\)$/.exec(
			css
		);
	if (!grown) throw new Error(`not a width fluidLabelWidth writes: ${css}`);
	const [, label, share, pads, range, plot, laidOut, widest] = grown.map(Number) as number[];
	const now = width - pads!;
	const gain = share! * (now - range!) + plot! * (width - laidOut!);
	return Math.min(widest!, Math.max(0, label! + gain));
}

describe('labelGrowth (prerendered labels in a wider plot)', () => {
	// Crowded, so that rows hold several labelled marks: one event every half day.
	const crowded = createTimelineIndex(
		Array.from({ length: 24 }, (_, i) =>
			timelineEvent(`e${i}`, t0 + i * 12 * hour, t0 + i * 12 * hour, {
				precision: 'instant',
				title: `A rather long title for event number ${i}`
			})
		)
	);
	const fitted = layoutTimeline(crowded, [], NOMINAL_WIDTH, identity, options);
	const growth = labelGrowth(fitted.marks, fitted.clusters, NOMINAL_WIDTH);
	const labelWidth = fluidLabelWidth(NOMINAL_WIDTH, options);

	it('gives the laid-out width at the nominal width', () => {
		for (const mark of fitted.marks.filter((m) => m.showLabel))
			expect(
				resolveLabel(labelWidth(mark.labelWidth, growth.get(mark.event.id)), NOMINAL_WIDTH)
			).toBeCloseTo(mark.labelWidth, 1);
	});

	it.each([280, 300, 375, 640, 1280, 2000])(
		'at %i px, no label reaches the next mark in its row or the edge',
		(width) => {
			const x = (v: number, anchor: number) => resolve(place(v, anchor), width);
			const items = [
				...fitted.marks.map((m) => ({
					row: m.row,
					mark: m,
					left: x(m.left, markAnchor(m, m.left))
				})),
				...fitted.clusters.map((c) => ({ row: c.row, mark: undefined, left: x(c.x0, c.x0 - 2) }))
			];
			let grown = 0;
			for (const { mark } of items) {
				if (!mark?.showLabel) continue;
				const start = x(mark.labelX, markAnchor(mark, mark.labelX));
				const w = resolveLabel(labelWidth(mark.labelWidth, growth.get(mark.event.id)), width);
				if (w > mark.labelWidth + 1) grown++;
				const next = items
					.filter((i) => i.row === mark.row && i.left > start)
					.reduce((n, i) => Math.min(n, i.left), width);
				expect(start + w, mark.event.id).toBeLessThanOrEqual(next + 0.01);
			}
			// Wider, some labels do run further (else this would test nothing).
			if (width >= 640) expect(grown).toBeGreaterThan(0);
		}
	);
});

describe('pixelPlacer (the measured layout)', () => {
	it.each([
		[12.345, 0, '12.35px'],
		[12.345, 2, '10.35px'],
		[2, 2, '0px'],
		[-0.001, 0, '0px']
	])('x %f from %f: %s', (x, from, css) => {
		expect(pixelPlacer(x, x, from)).toBe(css);
	});
});
