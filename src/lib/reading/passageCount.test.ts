import { describe, expect, it } from 'vitest';
import { passageCount } from './passageCount';

describe('passageCount', () => {
	it.each([
		[['paper'], '1 highlighted in the article'],
		[['paper', 'paper'], '2 highlighted in the article'],
		[['paper', 'wire'], '2 highlighted in 2 sources'],
		[['paper', 'wire', 'paper'], '3 highlighted in 2 sources'],
		[['a', 'b', 'c'], '3 highlighted in 3 sources']
	])('%j -> %s', (sources, expected) => {
		expect(passageCount(sources.map((source) => ({ source })))).toBe(expected);
	});
});
