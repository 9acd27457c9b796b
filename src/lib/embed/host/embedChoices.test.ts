import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, embedOptionsFor, type EmbedChoices } from './embedChoices';
import { EMBED_PROTOCOL } from './protocol';

const NONE = {
	event: null,
	from: null,
	to: null,
	theme: null,
	panel: null,
	hide: null,
	lang: null,
	flow: null,
	export: null,
	live: null,
	accent: null,
	font: null
};

describe('embedOptionsFor', () => {
	it.each<{ name: string; choices: Partial<EmbedChoices>; expected: Record<string, string> }>([
		{ name: 'the defaults: no option at all', choices: {}, expected: {} },
		{
			name: 'an event, a theme and a range',
			choices: { event: 'macron-visit', theme: 'dark', from: '2025-02-24', to: '2025-02-26' },
			expected: { event: 'macron-visit', theme: 'dark', from: '2025-02-24', to: '2025-02-26' }
		},
		{ name: 'one end of the range', choices: { to: '2025-02-26' }, expected: { to: '2025-02-26' } },
		{
			name: 'a panel as the default has it is left out',
			choices: { event: 'macron-visit', panel: 'open' },
			expected: { event: 'macron-visit' }
		},
		{
			name: 'a panel kept closed at an event',
			choices: { event: 'macron-visit', panel: 'closed' },
			expected: { event: 'macron-visit', panel: 'closed' }
		},
		{ name: 'a panel open with no event', choices: { panel: 'open' }, expected: { panel: 'open' } },
		{ name: 'a language', choices: { lang: 'fr' }, expected: { lang: 'fr' } },
		{
			name: 'time running right to left, in Arabic',
			choices: { lang: 'ar', flow: 'ltr' },
			expected: { lang: 'ar', flow: 'ltr' }
		},
		{ name: 'following the file', choices: { live: '300' }, expected: { live: '300' } },
		{ name: 'readers may export', choices: { export: true }, expected: { export: '1' } },
		{
			name: 'a house accent, written as #rrggbb, and font',
			choices: { accent: ' #E03131 ', font: 'serif' },
			expected: { accent: '#e03131', font: 'serif' }
		},
		{
			name: 'parts to hide, in one order whatever the order ticked',
			choices: { hide: ['legend', 'title', 'help'] },
			expected: { hide: 'title,help,legend' }
		}
	])('$name', ({ choices, expected }) => {
		const chosen = embedOptionsFor({ ...DEFAULT_CHOICES, ...choices });
		expect(chosen.options).toEqual({ ...NONE, ...expected });
		expect(chosen.problems).toEqual([]);
	});

	it('leaves a backwards range out, and says why', () => {
		const chosen = embedOptionsFor({ ...DEFAULT_CHOICES, from: '2025-02-27', to: '2025-02-24' });
		expect(chosen.options).toEqual(NONE);
		expect(chosen.problems).toEqual([{ kind: 'backwards' }]);
	});

	it.each([
		[
			'#ffcc00',
			{
				kind: 'accentContrast',
				colour: '#ffcc00',
				theme: 'light',
				surface: '#ffffff',
				ratio: expect.closeTo(1.51, 2),
				needed: 3
			}
		],
		[' blue ', { kind: 'accentFormat', value: 'blue' }]
	])('leaves an accent %s out, and says why', (accent, problem) => {
		const chosen = embedOptionsFor({ ...DEFAULT_CHOICES, accent });
		expect(chosen.options).toEqual(NONE);
		expect(chosen.problems).toEqual([problem]);
	});

	it('names the options in the protocol’s order, which the code follows', () => {
		const chosen = embedOptionsFor({ ...DEFAULT_CHOICES, theme: 'light', event: 'x' });
		expect(Object.keys(chosen.options)).toEqual([...EMBED_PROTOCOL.options]);
	});
});
