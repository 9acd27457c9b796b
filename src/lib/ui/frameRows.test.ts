import { describe, expect, it } from 'vitest';
import { frameRows } from './frameRows';

describe('frameRows', () => {
	const sizes = { rowHeight: 28, min: 3, max: 10 };

	it('gives the rows what the frame leaves', () => {
		// 640 px of frame, 380 px of title, toolbar, axis and overview: 260 px, 9 rows, one of
		// them kept for the clusters.
		expect(frameRows({ ...sizes, frameHeight: 640, otherHeight: 380 })).toBe(8);
	});

	it('never more than the most, never fewer than the fewest', () => {
		expect(frameRows({ ...sizes, frameHeight: 2000, otherHeight: 380 })).toBe(10);
		expect(frameRows({ ...sizes, frameHeight: 300, otherHeight: 380 })).toBe(3);
	});
});
