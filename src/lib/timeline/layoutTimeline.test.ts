import { describe, expect, it } from 'vitest';
import { PLOT_PAD } from './layoutFrame';
import { layoutTimeline } from './layoutTimeline';
import type { TimelineOptions } from './layoutTypes';
import { day, hour, timelineEvent } from './testEvents';
import { identity, lay, layoutOptions as options, viewOf } from './testLayout';
import { createTimelineIndex } from './timelineIndex';

const t0 = Date.UTC(2025, 1, 24);

describe('layoutTimeline: geometry', () => {
	const week = [
		timelineEvent('span', t0, t0 + 3 * day, { precision: 'span' }),
		timelineEvent('fri', t0 + 4 * day, t0 + 5 * day),
		timelineEvent('nine', t0 + 5 * day + 9 * hour, t0 + 5 * day + 9 * hour, {
			precision: 'instant'
		})
	];

	it('a span is a bar over its interval; a day a point in the middle of its band; an instant a point', () => {
		const { layout } = lay(week);
		const [bar, point, instant] = layout.marks;
		expect(bar).toMatchObject({ shape: 'bar' });
		expect(bar!.x1 - bar!.x0).toBeCloseTo(3 * (point!.x1 - point!.x0), 6);
		expect(point).toMatchObject({ shape: 'point' });
		expect(point!.cx).toBeCloseTo((point!.x0 + point!.x1) / 2, 6);
		expect(instant!.x1).toBe(instant!.x0);
	});

	it.each([
		{ name: 'month', precision: 'month', from: Date.UTC(1970, 3, 1), to: Date.UTC(1970, 4, 1) },
		{ name: 'year', precision: 'year', from: Date.UTC(1952, 0, 1), to: Date.UTC(1953, 0, 1) },
		{ name: 'decade', precision: 'decade', from: Date.UTC(1960, 0, 1), to: Date.UTC(1970, 0, 1) }
	] as const)('a $name is a point with its band', ({ precision, from, to }) => {
		const { layout } = lay([
			timelineEvent('x', from, to, { precision }),
			timelineEvent('y', Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1), { precision: 'year' })
		]);
		const [mark] = layout.marks;
		expect(mark!.shape).toBe('point');
		expect(mark!.x1 - mark!.x0).toBeGreaterThan(1);
		expect(layout.unit).toBe('Years');
	});

	it('height is the axis plus the rows used; the fitted domain spans the plot but its pads', () => {
		const { index, layout } = lay(week);
		const rows = Math.max(...layout.marks.map((m) => m.row)) + 1;
		expect(layout.height).toBe(options.axisHeight + rows * options.rowHeight + 6);
		expect(layout.scale(index.domain[0])).toBeCloseTo(PLOT_PAD, 6);
		expect(layout.scale(index.domain[1])).toBeCloseTo(1000 - PLOT_PAD, 6);
		expect(layout.visible[0]).toBeLessThan(index.domain[0]);
		expect(layout.visible[1]).toBeGreaterThan(index.domain[1]);
	});

	it('says what the axis counts in, from centuries down to minutes', () => {
		const rows = [
			{ from: Date.UTC(1800, 0, 1), to: Date.UTC(2000, 0, 1), unit: 'Years' },
			{ from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 6, 1), unit: 'Months' },
			{ from: t0, to: t0 + 7 * day, unit: 'Days (Europe/London)' },
			{ from: t0, to: t0 + 12 * hour, unit: 'Hours, Mon 24 Feb 2025 (Europe/London)' },
			{ from: t0, to: t0 + hour, unit: 'Minutes, Mon 24 Feb 2025 (Europe/London)' }
		];
		for (const { from, to, unit } of rows) {
			const { layout } = lay([timelineEvent('a', from, from), timelineEvent('b', to, to)]);
			const { index } = lay([timelineEvent('a', from, from), timelineEvent('b', to, to)]);
			const zoomed = layoutTimeline(
				index,
				[],
				1000,
				viewOf(index, layout, from, to, 1000),
				options
			);
			expect(zoomed.unit, unit).toBe(unit);
			expect(zoomed.ticks.length).toBeGreaterThanOrEqual(2);
		}
	});

	it('draws eras as bands, labelled where the label fits', () => {
		const index = createTimelineIndex(week);
		const layout = layoutTimeline(
			index,
			[
				{ id: 'w', label: 'Visit', start: t0, end: t0 + 3 * day },
				{
					id: 'n',
					label: 'A name far too long for one day',
					start: t0 + 4 * day,
					end: t0 + 4 * day + hour
				}
			],
			1000,
			identity,
			options
		);
		expect(layout.eras.map((e) => e.showLabel)).toEqual([true, false]);
		expect(layout.bodyTop).toBe(options.axisHeight + options.eraLabelHeight);
		expect(layout.marks[0]!.top).toBe(layout.bodyTop);
	});

	it('draws groups as labelled tracks, one above the other', () => {
		const { layout } = lay([
			timelineEvent('a', t0, t0 + day, { group: 'Court' }),
			timelineEvent('b', t0, t0 + day, { group: 'Politics' })
		]);
		expect(layout.tracks.map((t) => t.label)).toEqual(['Court', 'Politics']);
		const [a, b] = layout.marks;
		expect(a!.top).toBe(layout.tracks[0]!.top + options.trackLabelHeight);
		expect(b!.top).toBe(layout.tracks[1]!.top + options.trackLabelHeight);
	});
});

describe('layoutTimeline: labels', () => {
	it('near the right edge a point’s label goes to its left, whole', () => {
		const events = [
			timelineEvent('a', t0, t0 + day),
			timelineEvent('b', t0 + 6 * day, t0 + 7 * day)
		];
		const { index, layout } = lay(events, 600);
		// Pan so that b's point sits 40 px from the right edge.
		const b = layout.marks[1]!;
		const panned = layoutTimeline(index, [], 600, { k: 1, x: 560 - b.cx }, options);
		const flipped = panned.marks.find((m) => m.event.id === 'b')!;
		expect(flipped.showLabel).toBe(true);
		expect(flipped.labelX + flipped.labelWidth).toBeLessThanOrEqual(flipped.cx);
		expect(flipped.labelX).toBeGreaterThanOrEqual(0);
	});

	it('a label that can be neither whole nor clear of its neighbour is hidden, never cut', () => {
		const events = Array.from({ length: 40 }, (_, i) =>
			timelineEvent(`e${i}`, t0 + i * 2 * hour, t0 + i * 2 * hour, { precision: 'instant' })
		);
		const { index, layout } = lay(events, 400);
		for (let x = -600; x <= 0; x += 37) {
			const frame = layoutTimeline(index, [], 400, { k: 3, x: x * 3 }, options);
			for (const m of frame.marks.filter((m) => m.showLabel)) {
				expect(m.labelX).toBeGreaterThanOrEqual(0);
				expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(400);
			}
			// In each row, labels and marks never overlap.
			const byRow = new Map<number, typeof frame.marks>();
			for (const m of frame.marks) byRow.set(m.row, [...(byRow.get(m.row) ?? []), m]);
			for (const row of byRow.values()) {
				const spans = row
					.map((m) => [
						Math.min(m.left, m.labelX),
						Math.max(m.right, m.showLabel ? m.labelX + m.labelWidth : m.right)
					])
					.sort((p, q) => p[0]! - q[0]!);
				for (let i = 1; i < spans.length; i++)
					expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]!);
			}
		}
		expect(layout.marks.length).toBeGreaterThan(0);
	});
});

describe('layoutTimeline: the last row', () => {
	const threeRows: TimelineOptions = { ...options, maxRows: 3 };
	const instant = (id: string, t: number) =>
		timelineEvent(id, t, t, { precision: 'instant', title: `Event ${id} with a long title` });

	it('every mark has its label: one that finds no room for it joins a cluster', () => {
		// Three at 09:00 fill the three rows; one six hours later (26 px) finds no row its
		// label fits in, so it goes to the cluster row, where alone it is drawn with its label.
		const nine = t0 + 9 * hour;
		const events = [
			instant('a', nine),
			instant('b', nine),
			instant('c', nine),
			instant('d', nine + 6 * hour),
			instant('e', nine + 5 * day)
		];
		const index = createTimelineIndex(events);
		const layout = layoutTimeline(index, [], 1000, identity, threeRows);
		const byId = new Map(layout.marks.map((m) => [m.event.id, m]));
		expect([...'abcde'].map((id) => byId.get(id)?.row)).toEqual([0, 1, 2, 3, 0]);
		expect(layout.marks.every((m) => m.showLabel)).toBe(true);
		expect(layout.clusters).toEqual([]);
	});

	it('a lone event of the cluster row whose label has no room there is a cluster of one', () => {
		const nine = t0 + 9 * hour;
		// Four at 09:00 and one at 10:00: the rows hold three, the cluster row gets the other
		// two in one bin, and a lone one beside them whose label would cover that cluster.
		const events = [
			...[...'abcd'].map((id) => instant(id, nine)),
			instant('f', nine + 2 * hour),
			instant('z', nine + 5 * day)
		];
		const layout = layoutTimeline(createTimelineIndex(events), [], 1000, identity, threeRows);
		expect(layout.marks.every((m) => m.showLabel)).toBe(true);
		expect(
			layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0),
			'every event drawn once'
		).toBe(events.length);
		expect(layout.clusters.length).toBeGreaterThan(0);
	});

	it('keeps its labels while the view zooms closer', () => {
		const nine = t0 + 9 * hour;
		const events = [instant('a', nine), instant('b', nine), instant('c', nine)];
		const index = createTimelineIndex(events);
		const fitted = layoutTimeline(index, [], 1000, identity, threeRows);
		const at = fitted.scale(new Date(nine));
		for (const k of [1, 2, 8, 32]) {
			// Zoomed around the three, which stay 100 px from the left edge.
			const layout = layoutTimeline(index, [], 1000, { k, x: 100 - at * k }, threeRows);
			expect(layout.marks.find((m) => m.event.id === 'c')).toMatchObject({
				row: 2,
				showLabel: true
			});
		}
	});
});
