import { describe, expect, it } from 'vitest';
import { scrollTopToShow } from './scrollToShow';

describe('scrollTopToShow', () => {
	// A box 500 px high, scrolled 100 px down.
	const view = { scrollTop: 100, height: 500 };
	it.each([
		{ name: 'in view: stays', top: 20, bottom: 480, expected: 100 },
		{ name: 'below: its bottom to the bottom edge', top: 400, bottom: 650, expected: 250 },
		{ name: 'above: its top to the top edge', top: -60, bottom: 40, expected: 40 },
		{ name: 'taller than the box: its top', top: 300, bottom: 900, expected: 400 },
		{ name: 'above the content’s start: no further than 0', top: -300, bottom: -200, expected: 0 }
	])('$name', ({ top, bottom, expected }) => {
		expect(scrollTopToShow(view, top, bottom)).toBe(expected);
	});
});
