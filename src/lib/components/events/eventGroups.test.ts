import { describe, expect, it } from 'vitest';
import type { ResolvedEvent } from '$lib/story/types';
import { eventGroups } from './eventGroups';

const event = (id: string, group?: string) => ({ id, group }) as ResolvedEvent;
const ids = (events: ResolvedEvent[]) => events.map((e) => e.id);

describe('eventGroups', () => {
	it.each([
		{ name: 'no events', events: [], expected: [] },
		{ name: 'no groups', events: [event('a'), event('b')], expected: [[null, ['a', 'b']]] },
		{
			name: 'groups in order of their first event, ungrouped last',
			events: [event('a', 'Video'), event('b'), event('c', 'Audio'), event('d', 'Video')],
			expected: [
				['Video', ['a', 'd']],
				['Audio', ['c']],
				[null, ['b']]
			]
		}
	])('$name', ({ events, expected }) => {
		expect(eventGroups(events).map((g) => [g.label, ids(g.events)])).toEqual(expected);
	});
});
