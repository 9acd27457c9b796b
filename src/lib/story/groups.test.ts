import { describe, expect, it } from 'vitest';
import { eventGroups, groupsOf, trackLabels, UNGROUPED_LABEL } from './groups';

const event = (id: string, group?: string | null) => ({ id, group });

describe('groups', () => {
	it.each([
		{ name: 'no events', events: [], labels: [], of: [], tracks: [] },
		{
			name: 'no groups: one group, unlabelled',
			events: [event('a'), event('b', null)],
			labels: [null],
			of: [0, 0],
			tracks: [null]
		},
		{
			name: 'groups in order of their first event, ungrouped last',
			events: [event('a', 'Video'), event('b'), event('c', 'Audio'), event('d', 'Video')],
			labels: ['Video', 'Audio', null],
			of: [0, 2, 1, 0],
			tracks: ['Video', 'Audio', UNGROUPED_LABEL]
		},
		{
			name: 'every event in a group: no ungrouped one',
			events: [event('a', 'Court'), event('b', 'Court')],
			labels: ['Court'],
			of: [0, 0],
			tracks: ['Court']
		}
	])('$name', ({ events, labels, of, tracks }) => {
		const groups = groupsOf(events);
		expect(groups.labels).toEqual(labels);
		expect([...groups.of]).toEqual(of);
		expect(trackLabels(groups.labels)).toEqual(tracks);
	});

	it('lists each group’s events in their order', () => {
		const events = [event('a', 'Video'), event('b'), event('c', 'Audio'), event('d', 'Video')];
		expect(eventGroups(events).map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
			['Video', ['a', 'd']],
			['Audio', ['c']],
			[null, ['b']]
		]);
		expect(eventGroups([])).toEqual([]);
	});
});
