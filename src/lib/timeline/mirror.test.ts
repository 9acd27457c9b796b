import { describe, expect, it } from 'vitest';
import { keyInTime, mirroredShift, mirrorTransform } from './mirror';

describe('mirrorTransform', () => {
	const width = 800;

	it('puts a time the plain view draws at x where the mirrored one draws it, at width − x', () => {
		const plain = { k: 3, x: -250 };
		const mirrored = mirrorTransform(plain, width);
		for (const p of [0, 120, 400, 799]) {
			const drawn = plain.k * p + plain.x;
			expect(mirrored.k * (width - p) + mirrored.x).toBeCloseTo(width - drawn, 9);
		}
	});

	it('is its own inverse and keeps the zoom factor', () => {
		for (const t of [
			{ k: 1, x: 0 },
			{ k: 0.5, x: 37 },
			{ k: 12, x: -5000 }
		]) {
			const there = mirrorTransform(t, width);
			expect(there.k).toBe(t.k);
			expect(mirrorTransform(there, width)).toEqual(t);
		}
	});

	it('leaves the whole view unzoomed as it is', () => {
		expect(mirrorTransform({ k: 1, x: 0 }, width)).toEqual({ k: 1, x: 0 });
	});
});

describe('mirroredShift', () => {
	it('shifts the other way, measured from the same start', () => {
		expect(mirroredShift(120)).toBe('-120px');
		expect(mirroredShift(120, undefined, 20)).toBe('-100px');
	});
});

describe('keyInTime', () => {
	it('swaps left and right only when time runs right to left', () => {
		expect(keyInTime('ArrowLeft', true)).toBe('ArrowRight');
		expect(keyInTime('ArrowRight', true)).toBe('ArrowLeft');
		expect(keyInTime('ArrowLeft', false)).toBe('ArrowLeft');
		expect(keyInTime('Home', true)).toBe('Home');
		expect(keyInTime('ArrowUp', true)).toBe('ArrowUp');
	});
});
