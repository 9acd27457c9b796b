import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layoutTimeline';
import { day, seededEvents, timelineEvent } from './testEvents';
import { drawnCount, identity, lay, layoutOptions as options, viewOf } from './testLayout';
import { createTimelineIndex } from './timelineIndex';

const t0 = Date.UTC(2025, 1, 24);

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

	it('a cluster is named by its first event: across a level, many keep their key', () => {
		// Zoomed in one level (2×) about the middle, the clusters there split or stay whole.
		const zoomed = layoutTimeline(index, [], 1200, { k: 2.1, x: -1.1 * 600 }, options);
		const keys = new Set(fitted.clusters.map((c) => c.key));
		for (const c of [...fitted.clusters, ...zoomed.clusters])
			expect(c.key).toBe(String(c.members[0]));
		const kept = zoomed.clusters.filter((c) => keys.has(c.key)).length;
		expect(kept).toBeGreaterThan(zoomed.clusters.length / 4);
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
