import { describe, expect, it } from 'vitest';
import { sharingEn } from '$lib/i18n/sharing/en';
import { problemText } from './problemText';

describe('problemText', () => {
	it.each([
		[{ kind: 'backwards' } as const, 'The range is left out: its start is after its end.'],
		[
			{ kind: 'accentFormat', value: 'blue' } as const,
			'The accent “blue” is left out: write it as #rgb or #rrggbb.'
		],
		[
			{
				kind: 'accentContrast',
				colour: '#1b1f24',
				theme: 'dark',
				surface: '#1b1f24',
				ratio: 1,
				needed: 3
			} as const,
			'The accent #1b1f24 is left out: its contrast against the dark theme’s background (#1b1f24) is 1.00:1, under the 3:1 marks need.'
		]
	])('says why %o was left out', (problem, text) => {
		expect(problemText(problem, sharingEn)).toBe(text);
	});
});
