import { describe, expect, it } from 'vitest';
import { sourceRuns } from './sourceMarks';

const text = 'One two three. Four five six. One two.';
const event = (...exact: string[]) => ({
	excerpts: exact.map((words) => ({ source: 's', exact: words }))
});

describe('sourceRuns', () => {
	it.each([
		['no events', [], [[0, 38, null]]],
		[
			'one quote',
			[event('Four five six.')],
			[
				[0, 15, null],
				[15, 29, 0],
				[29, 38, null]
			]
		],
		[
			'quotes of two events, out of order',
			[event('Four'), event('One two three.')],
			[
				[0, 14, 1],
				[14, 15, null],
				[15, 19, 0],
				[19, 38, null]
			]
		],
		[
			'overlapping quotes: the words go to the quote that starts first',
			[event('five six.'), event('Four five')],
			[
				[0, 15, null],
				[15, 24, 1],
				[24, 29, 0],
				[29, 38, null]
			]
		],
		[
			'an ambiguous or missing quote is not marked',
			[event('One two'), event('seven')],
			[[0, 38, null]]
		],
		[
			'another source is not marked here',
			[{ excerpts: [{ source: 't', exact: 'Four' }] }],
			[[0, 38, null]]
		]
	] as const)('%s', (_, events, runs) => {
		expect(sourceRuns(events, 's', text).map((run) => [run.start, run.end, run.event])).toEqual(
			runs
		);
	});

	it('covers the text exactly once', () => {
		const runs = sourceRuns([event('two three.'), event('five')], 's', text);
		expect(runs.map((run) => text.slice(run.start, run.end)).join('')).toBe(text);
	});
});
