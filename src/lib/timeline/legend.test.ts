import { describe, expect, it } from 'vitest';
import type { DateBasis } from '$lib/story/storyInput';
import type { DatePrecision } from '$lib/story/types';
import { legendEntries, legendSigns } from './legend';

const event = (precision: DatePrecision, basis: DateBasis = 'stated') => ({ precision, basis });

describe('legendEntries', () => {
	it.each([
		['no events', [], []],
		['stated days only', [event('day'), event('day')], ['point stated: Stated day']],
		['stated times only', [event('instant')], ['point stated: Stated time']],
		['days and times', [event('day'), event('instant')], ['point stated: Stated date']],
		['years', [event('year'), event('decade')], ['point stated: Stated date']],
		[
			'days and spans',
			[event('span'), event('day')],
			['point stated: Stated day', 'bar stated: Stated span']
		],
		['a span alone', [event('span')], ['bar stated: Stated span']],
		[
			'inferred years, no stated date',
			[event('year', 'inferred'), event('year', 'inferred'), event('span', 'inferred')],
			['point inferred: Inferred from the narrative']
		],
		[
			'mostly inferred spans',
			[event('span', 'inferred'), event('span', 'inferred'), event('day', 'inferred')],
			['bar inferred: Inferred from the narrative']
		],
		[
			'every kind, in a fixed order',
			[event('day', 'editorial'), event('span', 'inferred'), event('span'), event('day')],
			[
				'point stated: Stated day',
				'bar stated: Stated span',
				'bar inferred: Inferred from the narrative',
				'point editorial: Editorial (outside knowledge)'
			]
		]
	])('%s', (_, events, expected) => {
		expect(legendEntries(events).map((e) => `${e.shape} ${e.basis}: ${e.label}`)).toEqual(expected);
	});
});

describe('legendSigns', () => {
	it.each([
		['plain dates', [{}, {}], []],
		['an approximate date', [{ qualifier: 'approximate' }], ['~ Approximate date']],
		[
			'every sign, in the legend’s order',
			[
				{ modifier: 'after' },
				{ qualifier: 'uncertain-approximate' },
				{ modifier: 'before', qualifier: 'uncertain' }
			],
			['~ Approximate date', '? Uncertain date', '‹ By the date', '› The date or after']
		]
	] as const)('%s', (_, events, expected) => {
		expect(legendSigns(events).map((e) => `${e.sign} ${e.label}`)).toEqual(expected);
	});
});
