import { describe, expect, it } from 'vitest';
import { day, seededEvents, timelineEvent } from './testEvents';
import { UNGROUPED_LABEL } from '$lib/story/groups';
import { createTimelineIndex, eventsBetween, upperBound } from './timelineIndex';

const t0 = Date.UTC(2025, 1, 24);

describe('createTimelineIndex', () => {
	it('sorts by start, then end, then id, and finds each event by id', () => {
		const index = createTimelineIndex([
			timelineEvent('c', t0 + day, t0 + 2 * day),
			timelineEvent('b', t0, t0 + 3 * day),
			timelineEvent('a', t0, t0 + 3 * day),
			timelineEvent('z', t0, t0 + day)
		]);
		expect(index.events.map((e) => e.id)).toEqual(['z', 'a', 'b', 'c']);
		expect(index.position.get('c')).toBe(3);
	});

	it('takes a list already in that order as it is, and leaves a list out of order unchanged', () => {
		const sorted = [timelineEvent('a', t0, t0 + day), timelineEvent('b', t0 + day, t0 + 2 * day)];
		expect(createTimelineIndex(sorted).events).toBe(sorted);
		const unsorted = [sorted[1]!, sorted[0]!];
		expect(createTimelineIndex(unsorted).events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(unsorted.map((e) => e.id)).toEqual(['b', 'a']);
	});

	it.each([
		{ name: 'no groups: one unlabelled track', groups: [null, null], tracks: [null] },
		{
			name: 'groups in the order their first event happens',
			groups: ['Court', 'Politics', 'Court'],
			tracks: ['Court', 'Politics']
		},
		{
			name: 'events without a group go to a last track',
			groups: [null, 'Court'],
			tracks: ['Court', UNGROUPED_LABEL]
		}
	])('$name', ({ groups, tracks }) => {
		const index = createTimelineIndex(
			groups.map((group, i) => timelineEvent(`e${i}`, t0 + i * day, t0 + (i + 1) * day, { group }))
		);
		expect(index.tracks.map((t) => t.label)).toEqual(tracks);
	});

	it('refuses an empty story', () => {
		expect(() => createTimelineIndex([])).toThrow(/at least one event/);
	});
});

describe('upperBound', () => {
	const starts = new Float64Array([1, 2, 2, 5]);
	it.each([
		{ t: 0, expected: 0 },
		{ t: 1, expected: 1 },
		{ t: 2, expected: 3 },
		{ t: 4, expected: 3 },
		{ t: 9, expected: 4 }
	])('after $t comes position $expected', ({ t, expected }) => {
		expect(upperBound(starts, t)).toBe(expected);
	});
});

describe('eventsBetween', () => {
	const events = seededEvents(2_000);
	const index = createTimelineIndex(events);
	const y = Date.UTC(2025, 0, 1);
	it.each([
		{ name: 'a day', from: y + 100 * day, to: y + 101 * day },
		{ name: 'a week', from: y + 30 * day, to: y + 37 * day },
		{ name: 'an instant', from: y + 200 * day, to: y + 200 * day },
		{ name: 'before every event', from: y - 30 * day, to: y - 20 * day },
		{ name: 'the whole year', from: y, to: y + 366 * day }
	])('$name: exactly the events that meet the window, in time order', ({ from, to }) => {
		const found: number[] = [];
		eventsBetween(index, from, to, (i) => found.push(i));
		const expected = index.events
			.map((e, i) => ({ e, i }))
			.filter(({ e }) => e.start <= to && e.end >= from)
			.map(({ i }) => i);
		expect(found).toEqual(expected);
	});

	it('finds a long span that started far before the window', () => {
		const index = createTimelineIndex([
			timelineEvent('long', t0, t0 + 300 * day, { precision: 'span' }),
			...Array.from({ length: 500 }, (_, i) =>
				timelineEvent(`p${i}`, t0 + day + i * 3_600_000, t0 + day + i * 3_600_000)
			)
		]);
		const found: string[] = [];
		eventsBetween(index, t0 + 200 * day, t0 + 201 * day, (i) => found.push(index.events[i]!.id));
		expect(found).toEqual(['long']);
	});
});
