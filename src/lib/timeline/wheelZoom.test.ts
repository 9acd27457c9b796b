import { describe, expect, it } from 'vitest';
import { wheelAction, wheelPixels, wheelZoomExponent, type WheelInput } from './wheelZoom';
import { ZOOM_STEP } from './zoomKeys';

const wheel = (overrides: Partial<WheelInput> = {}): WheelInput => ({
	deltaX: 0,
	deltaY: 100,
	deltaMode: 0,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...overrides
});

describe('wheelAction', () => {
	it.each([
		{ name: 'a plain wheel scrolls the page', input: wheel(), expected: 'page' },
		{ name: 'a plain wheel up scrolls the page', input: wheel({ deltaY: -100 }), expected: 'page' },
		{ name: 'Ctrl + wheel zooms', input: wheel({ ctrlKey: true }), expected: 'zoom' },
		{ name: '⌘ + wheel zooms', input: wheel({ metaKey: true }), expected: 'zoom' },
		{
			name: 'a trackpad pinch (Ctrl, a small delta) zooms',
			input: wheel({ ctrlKey: true, deltaY: -2.5 }),
			expected: 'zoom'
		},
		{
			name: 'a sideways swipe pans',
			input: wheel({ deltaX: 40, deltaY: 3 }),
			expected: 'pan'
		},
		{ name: 'Shift + wheel pans', input: wheel({ shiftKey: true }), expected: 'pan' },
		{
			name: 'Ctrl + a sideways wheel zooms',
			input: wheel({ ctrlKey: true, deltaX: 40, deltaY: 3 }),
			expected: 'zoom'
		}
	])('$name', ({ input, expected }) => {
		expect(wheelAction(input)).toBe(expected);
	});
});

describe('wheelPixels', () => {
	it.each([
		{ delta: 100, mode: 0, expected: 100 },
		{ delta: 3, mode: 1, expected: 48 },
		{ delta: -1, mode: 2, expected: -400 },
		{ delta: 5, mode: 7, expected: 5 }
	])('$delta in mode $mode is $expected px', ({ delta, mode, expected }) => {
		expect(wheelPixels(delta, mode)).toBe(expected);
	});
});

describe('wheelZoomExponent', () => {
	const factor = (deltaY: number, deltaMode = 0) => 2 ** wheelZoomExponent({ deltaY, deltaMode });
	it.each([
		{ name: 'one mouse notch in zooms by the + step', deltaY: -100, mode: 0, expected: ZOOM_STEP },
		{ name: 'one notch out, by the − step', deltaY: 100, mode: 0, expected: 1 / ZOOM_STEP },
		{ name: 'a fast flick is capped at the step', deltaY: -1000, mode: 0, expected: ZOOM_STEP },
		{ name: 'three lines (a notch in Firefox)', deltaY: -3, mode: 1, expected: ZOOM_STEP },
		{ name: 'a page', deltaY: 1, mode: 2, expected: 1 / ZOOM_STEP },
		{ name: 'a small pinch zooms a little', deltaY: -4, mode: 0, expected: Math.exp(0.04) },
		{ name: 'half a notch', deltaY: -20, mode: 0, expected: Math.exp(0.2) },
		{ name: 'no delta, no zoom', deltaY: 0, mode: 0, expected: 1 }
	])('$name', ({ deltaY, mode, expected }) => {
		expect(factor(deltaY, mode)).toBeCloseTo(expected, 10);
	});

	it('zooms in proportion: two small deltas do what one twice as big does', () => {
		expect(factor(-5) * factor(-5)).toBeCloseTo(factor(-10), 10);
	});

	it('zooms in for a negative delta (wheel up, fingers apart)', () => {
		expect(factor(-1)).toBeGreaterThan(1);
		expect(factor(1)).toBeLessThan(1);
	});
});
