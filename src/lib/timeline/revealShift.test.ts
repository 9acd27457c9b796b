import { describe, expect, it } from 'vitest';
import { revealShift } from './revealShift';

describe('revealShift', () => {
	const width = 1000;
	const rows: { name: string; input: [number, number]; expected: number }[] = [
		{ name: 'already inside: no pan', input: [100, 300], expected: 0 },
		{ name: 'touching the padding: no pan', input: [24, 976], expected: 0 },
		{ name: 'off the left edge: pan right to the padding', input: [-400, -200], expected: 424 },
		{ name: 'cut by the left edge', input: [10, 120], expected: 14 },
		{ name: 'off the right edge: pan left to the padding', input: [1200, 1300], expected: -324 },
		{ name: 'cut by the right edge', input: [900, 1010], expected: -34 },
		{
			name: 'wider than the view, off to the right: its start comes to the left padding',
			input: [1100, 2500],
			expected: -1076
		},
		{ name: 'wider than the view, across it: its start is shown', input: [-50, 2000], expected: 74 }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(revealShift(...input, width)).toBe(expected);
	});
});
