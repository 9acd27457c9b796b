import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColour } from './contrast';

describe('parseColour', () => {
	const rows = [
		{ name: 'six hex digits', input: '#1d4e89', expected: { r: 29, g: 78, b: 137, a: 1 } },
		{ name: 'three hex digits', input: '#fff', expected: { r: 255, g: 255, b: 255, a: 1 } },
		{
			name: 'modern rgb with alpha',
			input: 'rgb(27 31 36 / 0.88)',
			expected: { r: 27, g: 31, b: 36, a: 0.88 }
		},
		{ name: 'legacy rgba', input: 'rgba(0, 0, 0, 50%)', expected: { r: 0, g: 0, b: 0, a: 0.5 } }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(parseColour(input)).toEqual(expected);
	});

	it('refuses what it cannot read', () => {
		expect(() => parseColour('tomato')).toThrow(/tomato/);
	});
});

describe('contrastRatio', () => {
	const rows = [
		{ name: 'black on white is 21', fg: '#000', bg: '#fff', expected: 21 },
		{ name: 'a colour on itself is 1', fg: '#1d4e89', bg: '#1d4e89', expected: 1 },
		{ name: 'WCAG’s #767676 on white just passes 4.5', fg: '#767676', bg: '#fff', expected: 4.54 },
		{ name: 'the order does not matter', fg: '#fff', bg: '#767676', expected: 4.54 },
		{
			name: 'half-transparent black on white is mid grey',
			fg: 'rgb(0 0 0 / 0.5)',
			bg: '#fff',
			expected: 3.98
		}
	];
	it.each(rows)('$name', ({ fg, bg, expected }) => {
		expect(contrastRatio(parseColour(fg), parseColour(bg))).toBeCloseTo(expected, 2);
	});

	it('composites a translucent colour over its background', () => {
		expect(composite(parseColour('rgb(255 255 255 / 0.5)'), parseColour('#000'))).toEqual({
			r: 127.5,
			g: 127.5,
			b: 127.5,
			a: 1
		});
	});
});
