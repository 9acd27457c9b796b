import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstLayout, layoutTimeline } from './layoutTimeline';
import type { PackInSlices, PackingStep } from './layoutTypes';
import { FIRST_SLICED_FROM, packingsAt, SLICED_FROM } from './packingLevel';
import { PackingSlices } from './packingSlices';
import { packRows, startPacking, type PackRequest } from './packRows';
import { seededEvents } from './testEvents';
import { drawnCount, identity, layoutOptions as options } from './testLayout';
import { createTimelineIndex, eventsBetween, eventsCursor } from './timelineIndex';
import { layoutFrame } from './layoutFrame';
import { memoFor } from './layoutMemo';

const index = createTimelineIndex(seededEvents(20_000));
const [d0, d1] = index.domain;

/** Runs a packing to its end, stopped at every look; and how many calls it took. */
function runToEnd(step: PackingStep) {
	for (let calls = 1; ; calls++) {
		const packing = step(() => true);
		if (packing) return { packing, calls };
	}
}

describe('eventsCursor', () => {
	it('visits what eventsBetween visits, in the same order, then -1', () => {
		const from = d0 + (d1 - d0) * 0.3;
		const to = d0 + (d1 - d0) * 0.35;
		const visited: number[] = [];
		eventsBetween(index, from, to, (i) => visited.push(i));
		const next = eventsCursor(index, from, to);
		const walked: number[] = [];
		for (let i = next(); i >= 0; i = next()) walked.push(i);
		expect(walked).toEqual(visited);
		expect(walked.length).toBeGreaterThan(500);
		expect(next()).toBe(-1);
	});
});

describe('packing in slices', () => {
	const request: PackRequest = {
		pxPerMs: 8000 / (d1 - d0),
		from: d0,
		to: d1,
		rowsPerTrack: 8,
		clusterWidth: 56,
		gap: 8,
		sizes: options,
		labelWidth: (i) => 40 + (i % 7) * 20,
		maxLabelWidth: 260,
		edge: 10
	};

	it('gives the packing packRows gives, however often it is stopped', () => {
		// Stopped at every look: 64 events a call.
		const { packing, calls } = runToEnd(startPacking(index, request));
		expect(calls).toBeGreaterThan(100);
		expect(packing).toEqual(packRows(index, request));
	});
});

describe('PackingSlices', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs the latest packing asked for, a slice per task, and says when it is kept', () => {
		let clock = 0;
		const busy = vi.fn();
		const slices = new PackingSlices(busy, () => clock);
		const kept: string[] = [];
		const started: string[] = [];
		/** A packing of `parts` slices: each call advances the clock past the slice's time. */
		const order = (key: string, parts: number): Parameters<PackInSlices> => {
			let left = parts;
			const step: PackingStep = (stop) => {
				clock += 10;
				expect(stop()).toBe(true);
				return --left === 0 ? { placed: [], clusters: [], rowsUsed: [] } : null;
			};
			return [key, () => (started.push(key), step), () => kept.push(key)];
		};
		slices.take(...order('a', 3));
		vi.advanceTimersToNextTimer();
		// A zoom that moved on: b replaces a, and asking for b again does not start it afresh.
		slices.take(...order('b', 2));
		slices.take(...order('b', 5));
		expect(started).toEqual(['a', 'b']);
		expect(busy.mock.calls).toEqual([[true]]);
		vi.advanceTimersToNextTimer();
		expect(kept).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(kept).toEqual(['b']);
		expect(busy.mock.calls).toEqual([[true], [false]]);
		vi.runAllTimers();
		expect(kept).toEqual(['b']);
	});
});

describe('packingsAt with packing in slices', () => {
	it('draws a coarser kept packing while a big window is packed, then the window itself', () => {
		const orders: Parameters<PackInSlices>[] = [];
		const sliced = { ...options, packInSlices: ((...order) => orders.push(order)) as PackInSlices };
		const width = 1200;
		// The fitted view: packed at once (nothing coarser is kept).
		const fitted = layoutTimeline(index, [], width, identity, sliced);
		expect(orders).toHaveLength(0);
		expect(drawnCount(fitted)).toBe(20_000);
		// Zoomed in two levels: a window of three views holds thousands of events.
		const zoom = { k: 4.2, x: -1.6 * width * 4.2 * 0.25 };
		const frame = () => layoutFrame(index, width, zoom, sliced, memoFor(index, sliced));
		const first = packingsAt(frame())!;
		expect(orders).toHaveLength(1);
		expect(first.packing).toBe(first.fit);
		const [key, start, keep] = orders[0]!;
		expect(key).toMatch(/^1200:2:/);
		const { packing } = runToEnd(start());
		expect(packing.placed.length + packing.clusters.length).toBeGreaterThan(SLICED_FROM / 100);
		keep(packing);
		const after = packingsAt(frame())!;
		expect(after.packing).toBe(packing);
		expect(orders).toHaveLength(1);
		// The same frame without slices packs the window at once, to the same rows.
		const unsliced = createTimelineIndex(seededEvents(20_000));
		const direct = packingsAt(
			layoutFrame(unsliced, width, zoom, options, memoFor(unsliced, options))
		)!;
		expect(direct.packing.placed).toEqual(packing.placed);
	});
});

describe('firstLayout', () => {
	it('has no picture while a big story’s fit is packed in slices, then the fit’s own', () => {
		const fresh = createTimelineIndex(seededEvents(20_000));
		const orders: Parameters<PackInSlices>[] = [];
		const sliced = { ...options, packInSlices: ((...order) => orders.push(order)) as PackInSlices };
		expect(firstLayout(fresh, [], 1200, identity, sliced)).toBeNull();
		expect(orders.map(([key]) => key)).toEqual(['fit:1200']);
		const [, start, keep] = orders[0]!;
		const { packing, calls } = runToEnd(start());
		expect(calls).toBeGreaterThan(1);
		keep(packing);
		const drawn = firstLayout(fresh, [], 1200, identity, sliced)!;
		expect(orders).toHaveLength(1);
		// The same picture as the fit packed at once.
		const direct = layoutTimeline(
			createTimelineIndex(seededEvents(20_000)),
			[],
			1200,
			identity,
			options
		);
		expect(drawn.marks.map((m) => m.event.id)).toEqual(direct.marks.map((m) => m.event.id));
		expect(drawn.clusters.map((c) => c.count)).toEqual(direct.clusters.map((c) => c.count));
		expect(drawnCount(drawn)).toBe(20_000);
	});

	it('draws a small story at once', () => {
		const small = createTimelineIndex(seededEvents(FIRST_SLICED_FROM - 1));
		const orders: unknown[] = [];
		const sliced = { ...options, packInSlices: ((...order) => orders.push(order)) as PackInSlices };
		expect(drawnCount(firstLayout(small, [], 1200, identity, sliced)!)).toBe(FIRST_SLICED_FROM - 1);
		expect(orders).toEqual([]);
	});
});
