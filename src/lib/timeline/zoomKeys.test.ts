import { describe, expect, it } from 'vitest';
import { ZOOM_STEP, zoomKeyAction } from './zoomKeys';

const key = (
	k: string,
	modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}
) => ({
	key: k,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...modifiers
});

describe('zoomKeyAction', () => {
	const rows = [
		{ name: '+ zooms in', input: key('+'), expected: { type: 'zoom', factor: ZOOM_STEP } },
		{
			name: '= (unshifted +) zooms in',
			input: key('='),
			expected: { type: 'zoom', factor: ZOOM_STEP }
		},
		{ name: '- zooms out', input: key('-'), expected: { type: 'zoom', factor: 1 / ZOOM_STEP } },
		{
			name: '_ (shifted -) zooms out',
			input: key('_'),
			expected: { type: 'zoom', factor: 1 / ZOOM_STEP }
		},
		{ name: '0 fits every event', input: key('0'), expected: { type: 'reset' } },
		{
			name: 'Ctrl + is the browser’s page zoom',
			input: key('+', { ctrlKey: true }),
			expected: null
		},
		{
			name: 'Meta - is the browser’s page zoom',
			input: key('-', { metaKey: true }),
			expected: null
		},
		{ name: 'Alt 0 is left alone', input: key('0', { altKey: true }), expected: null },
		{ name: 'arrows are navigation, not zoom', input: key('ArrowRight'), expected: null }
	];
	it.each(rows)('$name', ({ input, expected }) => {
		expect(zoomKeyAction(input)).toEqual(expected);
	});
});
