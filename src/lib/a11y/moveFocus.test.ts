import { describe, expect, it } from 'vitest';
import { moveFocus, type FocusItem } from './moveFocus';

// Time order: a b c d; lanes: a, c in lane 0; b in lane 1; d in lane 2.
const items: FocusItem[] = [
	{ id: 'a', lane: 0, x: 0 },
	{ id: 'b', lane: 1, x: 40 },
	{ id: 'c', lane: 0, x: 100 },
	{ id: 'd', lane: 2, x: 90 }
];

describe('moveFocus', () => {
	it.each([
		{ key: 'ArrowRight', from: 'a', expected: 'b' },
		{ key: 'ArrowRight', from: 'd', expected: 'd' },
		{ key: 'ArrowLeft', from: 'c', expected: 'b' },
		{ key: 'ArrowLeft', from: 'a', expected: 'a' },
		{ key: 'Home', from: 'c', expected: 'a' },
		{ key: 'End', from: 'a', expected: 'd' },
		{ key: 'ArrowDown', from: 'c', expected: 'b' },
		{ key: 'ArrowDown', from: 'b', expected: 'd' },
		{ key: 'ArrowUp', from: 'd', expected: 'b' },
		{ key: 'ArrowUp', from: 'b', expected: 'a' },
		{ key: 'ArrowUp', from: 'a', expected: 'a' },
		{ key: 'ArrowRight', from: null, expected: 'b' },
		{ key: 'Enter', from: 'a', expected: null },
		{ key: 'x', from: 'a', expected: null }
	])('$key from $from → $expected', ({ key, from, expected }) => {
		expect(moveFocus(key, from, items)).toBe(expected);
	});

	it('has nowhere to go without items', () => {
		expect(moveFocus('ArrowRight', null, [])).toBeNull();
	});
});
