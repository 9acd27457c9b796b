import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from '$lib/a11y/contrast';
import { houseStyle, readAccent, readFont } from './houseStyle';

describe('readAccent', () => {
	it.each([
		['#1971c2', { ok: true, colour: '#1971c2', onAccent: '#ffffff' }],
		['#3B82F6', { ok: true, colour: '#3b82f6', onAccent: '#0d1117' }],
		['  #e03131 ', { ok: true, colour: '#e03131', onAccent: '#ffffff' }],
		// Marks stand out in both themes, but no label colour reads on it: the selection keeps
		// the site's colours.
		['#2f7bd6', { ok: true, colour: '#2f7bd6', onAccent: null }]
	])('%s is taken', (text, expected) => {
		expect(readAccent(text)).toEqual(expected);
	});

	it.each([
		['#fc0', 'ignoring accent=#ffcc00: its contrast against the light theme’s background'],
		['#1d4e89', 'ignoring accent=#1d4e89: its contrast against the dark theme’s background'],
		['#000', 'ignoring accent=#000000: its contrast against the dark theme’s background']
	])('%s is refused with its contrast', (text, start) => {
		const accent = readAccent(text);
		expect(accent.ok).toBe(false);
		if (accent.ok) return;
		expect(accent.message.replace(/'/g, '’')).toMatch(
			new RegExp(`^${start} \\(#[0-9a-f]{6}\\) is \\d\\.\\d\\d:1, under the 3:1 marks need$`)
		);
	});

	it('says the contrast it measured', () => {
		const accent = readAccent('#ffcc00');
		const ratio = contrastRatio(parseColour('#ffcc00'), parseColour('#ffffff')).toFixed(2);
		expect(accent.ok ? '' : accent.message).toContain(`is ${ratio}:1`);
	});

	it.each(['red', '#12345', '#1971c2;background:url(x)', 'rgb(0 0 0)', '', '1971c2'])(
		'%j is no colour it takes',
		(text) => {
			expect(readAccent(text)).toEqual({
				ok: false,
				message: `ignoring accent=${JSON.stringify(text)}: expected #rgb or #rrggbb`
			});
		}
	);
});

describe('readFont', () => {
	it.each(['sans', 'serif', 'mono'])('%s is a stack the site ships', (name) => {
		expect(readFont(name)).toEqual({ ok: true, font: name });
	});
	it.each(['Comic Sans', 'serif;x', 'toString', '__proto__'])('%j is refused', (name) => {
		expect(readFont(name)).toEqual({
			ok: false,
			message: `ignoring font=${JSON.stringify(name)}: expected sans, serif, mono`
		});
	});
});

describe('houseStyle', () => {
	it('sets the marks, the selection and the text font from what it read', () => {
		const style = houseStyle(new URLSearchParams('accent=%231971c2&font=serif'));
		expect(style.warnings).toEqual([]);
		expect(style.properties).toEqual({
			'--mark': '#1971c2',
			'--selected-bg': '#1971c2',
			'--selected-text': '#ffffff',
			'--sans': "Georgia, 'Times New Roman', serif"
		});
	});

	it('sets nothing it refused, and says why', () => {
		const style = houseStyle(new URLSearchParams('accent=%23ffcc00&font=papyrus'));
		expect(style.properties).toEqual({});
		expect(style.warnings).toHaveLength(2);
	});
});
