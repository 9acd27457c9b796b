import { describe, expect, it } from 'vitest';
import type { FocusTarget } from '$lib/timeline/focusTarget';
import type { ClusterMark, EventMark } from '$lib/timeline/layoutTypes';
import { focusKey, tabStop } from './tabStop';

const mark = (id: string, left: number) => ({ event: { id }, left }) as EventMark;
const cluster = (key: string, x0: number) => ({ key, x0 }) as ClusterMark;

// On screen from left to right: cluster "c1", mark "b"; "a" is panned off to the left.
const marks = [mark('a', -40), mark('b', 120)];
const clusters = [cluster('c1', 30)];
/** Event "hidden" has no mark at this zoom: cluster "c1" holds it. */
const holding = (id: string) => (id === 'hidden' ? clusters[0] : undefined);

describe('tabStop', () => {
	it.each<{ name: string; wanted: FocusTarget | null; expected: string | null }>([
		{ name: 'an event with its own mark', wanted: { kind: 'event', id: 'b' }, expected: 'e:b' },
		{ name: 'an event off screen keeps it', wanted: { kind: 'event', id: 'a' }, expected: 'e:a' },
		{
			name: 'an event in a cluster: the cluster',
			wanted: { kind: 'event', id: 'hidden' },
			expected: 'c:c1'
		},
		{ name: 'a cluster drawn', wanted: { kind: 'cluster', key: 'c1' }, expected: 'c:c1' },
		{
			name: 'a cluster no longer drawn: the first thing on screen',
			wanted: { kind: 'cluster', key: 'gone' },
			expected: 'c:c1'
		},
		{
			name: 'an event not drawn at all: the first thing on screen',
			wanted: { kind: 'event', id: 'gone' },
			expected: 'c:c1'
		},
		{ name: 'nothing wanted: the first thing on screen', wanted: null, expected: 'c:c1' }
	])('$name', ({ wanted, expected }) => {
		expect(tabStop(wanted, marks, clusters, holding)).toBe(expected);
	});

	it('with nothing on screen, the first mark; with no marks, none', () => {
		expect(tabStop(null, [mark('a', -40), mark('b', -20)], [], holding)).toBe('e:a');
		expect(tabStop(null, [], [], holding)).toBeNull();
	});

	it('names targets as the marks are keyed', () => {
		expect(focusKey({ kind: 'event', id: 'x' })).toBe('e:x');
		expect(focusKey({ kind: 'cluster', key: 'x' })).toBe('c:x');
		expect(focusKey(null)).toBeNull();
	});
});
