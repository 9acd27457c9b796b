import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontAdvances, measureWith } from './fontMetrics';

const regular = fontAdvances(readFileSync('src/lib/card/fonts/DejaVuSans.ttf'));
const bold = fontAdvances(readFileSync('src/lib/card/fonts/DejaVuSans-Bold.ttf'));

describe('fontAdvances', () => {
	// DejaVu Sans's own advance widths (2048 units to the em), as its hmtx table gives them.
	it.each([
		[' ', 651],
		['i', 569],
		['m', 1995],
		['W', 2025],
		['é', 1260],
		['…', 2048]
	])('%s is %i units wide', (char, units) => {
		expect(regular(char.codePointAt(0)!)).toBeCloseTo(units / 2048, 6);
	});

	it('reads each font its own widths: bold is wider', () => {
		expect(bold('a'.codePointAt(0)!)).toBeGreaterThan(regular('a'.codePointAt(0)!));
	});

	it('gives a character the font lacks its fallback glyph’s width', () => {
		expect(regular(0xe000)).toBe(regular(0x10ffff));
		expect(regular(0xe000)).toBeGreaterThan(0);
	});

	it('names the file that is not a font', () => {
		expect(() => fontAdvances(new Uint8Array(64), 'card.ttf')).toThrow(/card\.ttf has no "head"/);
	});
});

describe('measureWith', () => {
	it('sums the advances, scaled to the size', () => {
		const measure = measureWith(regular, 20);
		expect(measure('mi')).toBeCloseTo(((1995 + 569) / 2048) * 20, 6);
		expect(measure('')).toBe(0);
		expect(measure('mimi')).toBeCloseTo(2 * measure('mi'), 6);
	});
});
