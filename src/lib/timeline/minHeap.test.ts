import { describe, expect, it } from 'vitest';
import { MinHeap } from './minHeap';

describe('MinHeap', () => {
	it('pops in order, whatever the push order', () => {
		const heap = new MinHeap<number>((a, b) => a < b);
		const input = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0];
		for (const n of input) heap.push(n);
		expect(heap.size).toBe(input.length);
		const out: number[] = [];
		while (heap.size > 0) out.push(heap.pop()!);
		expect(out).toEqual([...input].sort((a, b) => a - b));
		expect(heap.pop()).toBeUndefined();
	});
});
