import { describe, expect, it } from 'vitest';
import type { ResolvedEvent, Source } from '$lib/story/types';
import { shownSource } from './shownSource';

const sources = [{ id: 'wire' }, { id: 'paper' }, { id: 'radio' }] as Source[];
const quoting = (...ids: string[]) =>
	({ excerpts: ids.map((source) => ({ source })) }) as unknown as ResolvedEvent;

describe('shownSource', () => {
	it.each([
		{ name: 'nothing open, no choice', selected: null, chosen: null, expected: 'wire' },
		{ name: 'nothing open, a choice', selected: null, chosen: 'radio', expected: 'radio' },
		{
			name: 'an event: its first source',
			selected: quoting('paper', 'radio'),
			chosen: null,
			expected: 'paper'
		},
		{
			name: 'a choice the event quotes',
			selected: quoting('paper', 'radio'),
			chosen: 'radio',
			expected: 'radio'
		},
		{
			name: 'a choice the event does not quote',
			selected: quoting('paper'),
			chosen: 'wire',
			expected: 'paper'
		},
		{ name: 'an unknown choice', selected: null, chosen: 'tv', expected: 'wire' }
	])('$name → $expected', ({ selected, chosen, expected }) => {
		expect(shownSource(sources, selected, chosen)).toBe(expected);
	});

	it('no sources: none', () => {
		expect(shownSource([], null, null)).toBeNull();
	});
});
