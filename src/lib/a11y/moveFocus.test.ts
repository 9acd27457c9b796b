import { describe, expect, it } from 'vitest';
import { moveFocus, type FocusItem } from './moveFocus';

// Time order; two lanes: a, b, d in lane 0; c, e in lane 1.
const items: FocusItem[] = [
	{ id: 'a', lane: 0, x: 0 },
	{ id: 'b', lane: 0, x: 100 },
	{ id: 'c', lane: 1, x: 110 },
	{ id: 'd', lane: 0, x: 300 },
	{ id: 'e', lane: 1, x: 320 }
];

describe('moveFocus', () => {
	const rows: { name: string; key: string; from: string | null; expected: string | null }[] = [
		{ name: 'right steps forward in time', key: 'ArrowRight', from: 'b', expected: 'c' },
		{ name: 'left steps back in time', key: 'ArrowLeft', from: 'c', expected: 'b' },
		{ name: 'right stops at the last item', key: 'ArrowRight', from: 'e', expected: 'e' },
		{ name: 'left stops at the first item', key: 'ArrowLeft', from: 'a', expected: 'a' },
		{ name: 'home goes to the first item', key: 'Home', from: 'd', expected: 'a' },
		{ name: 'end goes to the last item', key: 'End', from: 'a', expected: 'e' },
		{
			name: 'down goes to the nearest item in the lane below',
			key: 'ArrowDown',
			from: 'd',
			expected: 'e'
		},
		{
			name: 'up goes to the nearest item in the lane above',
			key: 'ArrowUp',
			from: 'c',
			expected: 'b'
		},
		{ name: 'up from the top lane stays put', key: 'ArrowUp', from: 'a', expected: 'a' },
		{ name: 'down from the bottom lane stays put', key: 'ArrowDown', from: 'e', expected: 'e' },
		{ name: 'no current item starts from the first', key: 'ArrowRight', from: null, expected: 'b' },
		{ name: 'other keys are not navigation', key: 'Enter', from: 'a', expected: null },
		{ name: 'letters are not navigation', key: 'x', from: 'a', expected: null }
	];
	it.each(rows)('$name', ({ key, from, expected }) => {
		expect(moveFocus(key, from, items)).toBe(expected);
	});

	it('has nowhere to go without items', () => {
		expect(moveFocus('ArrowRight', null, [])).toBeNull();
	});
});
