import { describe, expect, it } from 'vitest';
import { assignLanes, type Footprint } from './lanes';

const rows: { name: string; input: Footprint[]; gap?: number; expected: Record<string, number> }[] =
	[
		{ name: 'no footprints', input: [], expected: {} },
		{
			name: 'disjoint footprints share one lane',
			input: [
				{ id: 'a', x0: 0, x1: 50 },
				{ id: 'b', x0: 60, x1: 100 }
			],
			expected: { a: 0, b: 0 }
		},
		{
			name: 'an overlap opens a second lane',
			input: [
				{ id: 'a', x0: 0, x1: 50 },
				{ id: 'b', x0: 40, x1: 100 }
			],
			expected: { a: 0, b: 1 }
		},
		{
			name: 'closer than the gap counts as overlapping',
			input: [
				{ id: 'a', x0: 0, x1: 50 },
				{ id: 'b', x0: 55, x1: 100 }
			],
			gap: 8,
			expected: { a: 0, b: 1 }
		},
		{
			name: 'a freed lane is reused, first fit',
			input: [
				{ id: 'c', x0: 120, x1: 200 },
				{ id: 'a', x0: 0, x1: 100 },
				{ id: 'b', x0: 10, x1: 300 }
			],
			expected: { a: 0, b: 1, c: 0 }
		},
		{
			name: 'same start: ties broken by end then id, deterministically',
			input: [
				{ id: 'y', x0: 0, x1: 10 },
				{ id: 'x', x0: 0, x1: 10 }
			],
			expected: { x: 0, y: 1 }
		}
	];

describe('assignLanes', () => {
	it.each(rows)('$name', ({ input, gap, expected }) => {
		expect(Object.fromEntries(assignLanes(input, gap))).toEqual(expected);
	});

	it('never puts overlapping footprints in one lane', () => {
		const input = Array.from({ length: 200 }, (_, i) => ({
			id: `e${i}`,
			x0: (i * 37) % 500,
			x1: ((i * 37) % 500) + 20 + ((i * 13) % 90)
		}));
		const lanes = assignLanes(input, 4);
		for (const a of input)
			for (const b of input) {
				if (a === b || lanes.get(a.id) !== lanes.get(b.id)) continue;
				expect(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0).toBe(true);
			}
	});
});
