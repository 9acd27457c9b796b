import { describe, expect, it } from 'vitest';
import { clusterName, createClusterNamer, formatWallRange } from './clusterName';

const at = (iso: string) => Date.parse(`${iso}Z`);

describe('formatWallRange', () => {
	it.each([
		{
			name: 'days in one month',
			range: ['2025-03-03T00:00:00', '2025-03-10T00:00:00'],
			precisions: ['day'],
			expected: '3 – 9 March 2025'
		},
		{
			name: 'hours inside a day name the times',
			range: ['2025-03-03T10:00:00', '2025-03-03T12:30:00'],
			precisions: ['instant'],
			expected: '3 March 2025, 10:00–12:30'
		},
		{
			name: 'a season is months',
			range: ['2025-03-01T00:00:00', '2025-07-01T00:00:00'],
			precisions: ['day'],
			expected: 'March – June 2025'
		},
		{
			name: 'years are years',
			range: ['1943-01-01T00:00:00', '1947-01-01T00:00:00'],
			precisions: ['year'],
			expected: '1943 – 1946'
		},
		{
			name: 'year-only dates are never given days, however short the range',
			range: ['1952-01-01T00:00:00', '1953-01-01T00:00:00'],
			precisions: ['year', 'day'],
			expected: '1952'
		}
	] as const)('$name', ({ range, precisions, expected }) => {
		expect(formatWallRange(at(range[0]), at(range[1]), [...precisions])).toBe(expected);
	});
});

describe('clusterName', () => {
	it.each([
		{
			count: 12,
			canZoom: true,
			expected: '12 events, 3 – 9 March 2025; activate to zoom in'
		},
		{
			count: 1_234,
			canZoom: false,
			expected: '1,234 events, 3 – 9 March 2025; open the list to read them'
		},
		{ count: 1, canZoom: true, expected: '1 event, 3 – 9 March 2025; activate to zoom in' }
	])('$count events, zoom $canZoom', ({ count, canZoom, expected }) => {
		expect(
			clusterName(count, at('2025-03-03T00:00:00'), at('2025-03-10T00:00:00'), ['day'], canZoom)
		).toBe(expected);
	});
});

describe('createClusterNamer', () => {
	const cluster = (members: number[]) => ({
		key: 'c',
		count: members.length,
		start: at('2025-03-03T00:00:00'),
		end: at('2025-03-10T00:00:00'),
		members
	});

	it('words the range at the coarsest of its members’ precisions', () => {
		const precisions = ['day', 'instant', 'month', 'day'] as const;
		const name = createClusterNamer((i) => precisions[i]!);
		expect(name(cluster([0, 1]), true)).toBe(clusterName(2, ...span(), ['day', 'instant']));
		expect(name(cluster([0, 1, 2, 3]), true)).toBe(
			clusterName(4, ...span(), ['day', 'instant', 'month', 'day'])
		);
	});

	it('stops looking at the coarsest there is', () => {
		const looked: number[] = [];
		const name = createClusterNamer((i) => {
			looked.push(i);
			return i === 1 ? 'year' : 'day';
		});
		name(cluster([0, 1, 2, 3, 4]), false);
		expect(looked).toEqual([0, 1]);
	});

	function span(): [number, number] {
		return [at('2025-03-03T00:00:00'), at('2025-03-10T00:00:00')];
	}
});
