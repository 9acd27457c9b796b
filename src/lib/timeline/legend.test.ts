import { describe, expect, it } from 'vitest';
import type { DateBasis } from '$lib/story/storyInput';
import type { DateExtent, DatePrecision } from '$lib/story/types';
import { legendEntries, legendSigns } from './legend';

/** A mark of this precision; a span lasts throughout it unless `extent` says otherwise. */
const event = (
	precision: DatePrecision,
	basis: DateBasis = 'stated',
	more: { extent?: DateExtent; ownZone?: boolean } = {}
) => ({
	precision,
	basis,
	start: 0,
	end: precision === 'instant' ? 0 : 1,
	extent: more.extent ?? (precision === 'span' ? 'throughout' : 'within'),
	...(more.ownZone && { ownZone: true })
});
const within = { extent: 'within' } as const;

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
			['point stated: Stated day', 'bar stated: Stated span, lasting throughout']
		],
		['a span alone', [event('span')], ['bar stated: Stated span, lasting throughout']],
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
			'a range it fell within: a bracket, whatever its basis',
			[event('span', 'stated', within), event('span', 'inferred', within), event('day')],
			[
				'point stated: Stated day',
				'range stated: Some time within the bracket',
				'point inferred: Inferred from the narrative'
			]
		],
		[
			'a range alone is no stated point',
			[event('span', 'stated', within)],
			['range stated: Some time within the bracket']
		],
		[
			'a day in a zone other than the axis’s',
			[event('day', 'stated', { ownZone: true }), event('instant', 'stated', { ownZone: true })],
			['point stated: Stated date', 'zone stated: Its day in the place’s own time zone']
		],
		[
			'a year in another zone',
			[event('year', 'stated', { ownZone: true }), event('day', 'inferred', { ownZone: true })],
			[
				'point stated: Stated date',
				'zone stated: Its date in the place’s own time zone',
				'point inferred: Inferred from the narrative'
			]
		],
		['a day in the axis’s own zone has no pale bar', [event('day')], ['point stated: Stated day']],
		[
			'every kind, in a fixed order',
			[event('day', 'editorial'), event('span', 'inferred'), event('span'), event('day')],
			[
				'point stated: Stated day',
				'bar stated: Stated span, lasting throughout',
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
