import { describe, expect, it } from 'vitest';
import {
	defaultTimelineOptions,
	layoutTimeline,
	type TimelineLayout,
	type TimelineOptions
} from './layoutTimeline';
import { day, hour, seededEvents, timelineEvent } from './testEvents';
import { createTimelineIndex, type TimelineIndex } from './timelineIndex';
import type { TimelineEvent } from './timelineEvents';

const options: TimelineOptions = { ...defaultTimelineOptions, displayTimeZone: 'Europe/London' };
const t0 = Date.UTC(2025, 1, 24);

const identity = { k: 1, x: 0 };

/** The zoom that shows wall-clock [from, to] across `width`, as d3-zoom would set it. */
function viewOf(
	index: TimelineIndex,
	layout: TimelineLayout,
	from: number,
	to: number,
	width: number
) {
	const toX = (t: number) => layout.scale(new Date(t));
	const k = width / (toX(to) - toX(from));
	return { k, x: -toX(from) * k };
}

function lay(
	events: TimelineEvent[],
	width = 1000,
	transform = identity,
	pinned: string | null = null
) {
	const index = createTimelineIndex(events);
	return { index, layout: layoutTimeline(index, [], width, transform, options, pinned) };
}

/** Every event is drawn once: as a mark or inside a cluster (when all are on screen). */
function drawnCount(layout: TimelineLayout): number {
	return layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0);
}

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

	it('height is the axis plus the rows used, and the visible range is the fitted domain', () => {
		const { index, layout } = lay(week);
		const rows = Math.max(...layout.marks.map((m) => m.row)) + 1;
		expect(layout.height).toBe(options.axisHeight + rows * options.rowHeight + 6);
		expect(layout.visible[0]).toBeCloseTo(index.domain[0], -1);
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

	it('labels its marks where the label fits before the next mark of the row', () => {
		// Three at 09:00 fill the three rows; one six hours later (26 px) finds room only in the
		// last row, right after the third one's point, whose label would run into it.
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
		expect([...'abcde'].map((id) => byId.get(id)?.row)).toEqual([0, 1, 2, 2, 0]);
		// c stays a point alone: its label would cover d.
		expect(byId.get('c')!.showLabel).toBe(false);
		// d is the last of its row: its label has room.
		expect(byId.get('d')!.showLabel).toBe(true);
		const d = byId.get('d')!;
		expect(d.labelX).toBeGreaterThan(byId.get('c')!.right);
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

describe('layoutTimeline: level of detail', () => {
	const year = seededEvents(10_000);
	const index = createTimelineIndex(year);
	const fitted = layoutTimeline(index, [], 1200, identity, options);
	const y = Date.UTC(2025, 0, 1);

	it.each([
		{ name: '11 events over a week: all marks, no cluster', count: 11, clusters: false },
		{ name: '200 events: some clusters', count: 200, clusters: true },
		{ name: '10,000 events: bounded marks, the rest clustered', count: 10_000, clusters: true }
	])('$name', ({ count, clusters }) => {
		const events =
			count === 11
				? Array.from({ length: 11 }, (_, i) =>
						timelineEvent(`w${i}`, t0 + (i % 7) * day, t0 + (i % 7) * day + day)
					)
				: seededEvents(count);
		const { layout } = lay(events, 1200);
		expect(drawnCount(layout)).toBe(count);
		expect(layout.clusters.length > 0).toBe(clusters);
		const rows = new Set(layout.marks.map((m) => m.row)).size;
		expect(rows).toBeLessThanOrEqual(options.maxRows);
		expect(layout.height).toBeLessThanOrEqual(
			options.axisHeight + (options.maxRows + 1) * options.rowHeight + 6
		);
	});

	it('clusters never overlap each other, and sit in the row under the marks', () => {
		const xs = fitted.clusters.map((c) => [c.x0, c.x1] as const).sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < xs.length; i++) expect(xs[i]![0]).toBeGreaterThan(xs[i - 1]![1]);
		const lowestMark = Math.max(...fitted.marks.map((m) => m.row));
		for (const c of fitted.clusters) expect(c.row).toBe(lowestMark + 1);
	});

	it.each([
		{ name: 'a month', days: 30 },
		{ name: 'a week', days: 7 },
		{ name: 'a day', days: 1 },
		{ name: 'three hours', days: 1 / 8 }
	])('zoomed to $name, what is drawn is what meets the view, each event once', ({ days }) => {
		const from = y + 150 * day;
		const to = from + days * day;
		const frame = layoutTimeline(index, [], 1200, viewOf(index, fitted, from, to, 1200), options);
		const drawn = new Set<number>();
		for (const m of frame.marks) drawn.add(m.index);
		for (const c of frame.clusters) for (const i of c.members) drawn.add(i);
		expect(drawn.size).toBe(frame.marks.length + frame.clusters.reduce((n, c) => n + c.count, 0));
		// Every event whose point is well inside the view is drawn as a mark or in a cluster.
		const inside = index.events
			.map((e, i) => ({ e, i }))
			.filter(({ e }) => e.start >= from + (to - from) * 0.1 && e.end <= to - (to - from) * 0.1);
		for (const { i } of inside) expect(drawn.has(i)).toBe(true);
		expect(frame.marks.length).toBeLessThan(400);
	});

	it('zooming in turns clusters into marks', () => {
		const from = y + 150 * day;
		const counts = [365, 30, 7, 1, 1 / 8].map((days) => {
			const frame = layoutTimeline(
				index,
				[],
				1200,
				viewOf(index, fitted, from, from + days * day, 1200),
				options
			);
			return frame.clusters.reduce((n, c) => n + c.count, 0);
		});
		for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThan(counts[i - 1]!);
		expect(counts.at(-1)).toBeLessThan(counts[0]! / 100);
	});

	it('rows hold still while zooming within a level', () => {
		const from = y + 150 * day;
		const rowsAt = (days: number) => {
			const frame = layoutTimeline(
				index,
				[],
				1200,
				viewOf(index, fitted, from, from + days * day, 1200),
				options
			);
			return new Map(frame.marks.map((m) => [m.event.id, m.row]));
		};
		const a = rowsAt(1.9);
		const b = rowsAt(1.7);
		const shared = [...a.keys()].filter((id) => b.has(id));
		expect(shared.length).toBeGreaterThan(3);
		for (const id of shared) expect(b.get(id)).toBe(a.get(id));
	});

	it('the pinned (focused) event is drawn even when far off-screen', () => {
		const from = y + 150 * day;
		const view = viewOf(index, fitted, from, from + day, 1200);
		const far = index.events.at(-1)!.id;
		const frame = layoutTimeline(index, [], 1200, view, options, far);
		const pinned = frame.marks.find((m) => m.event.id === far);
		expect(pinned).toBeDefined();
		expect(pinned!.x0).toBeGreaterThan(1200);
	});

	it('marks come in time order, the pinned event and one-event clusters included', () => {
		// So a redraw keeps the drawn marks in the same order in the page (none is moved).
		const from = y + 150 * day;
		for (const days of [7, 1]) {
			const view = viewOf(index, fitted, from, from + days * day, 1200);
			for (const pin of [index.events[0]!.id, index.events.at(-1)!.id]) {
				const frame = layoutTimeline(index, [], 1200, view, options, pin);
				const order = frame.marks.map((m) => m.index);
				expect(order).toContain(index.position.get(pin));
				expect(order).toEqual([...order].sort((a, b) => a - b));
			}
		}
	});
});
