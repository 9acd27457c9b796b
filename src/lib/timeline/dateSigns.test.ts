import { describe, expect, it } from 'vitest';
import { dateSigns } from './dateSigns';

describe('dateSigns', () => {
	it.each([
		[{}, ''],
		[{ qualifier: 'approximate' }, '~'],
		[{ qualifier: 'uncertain' }, '?'],
		[{ qualifier: 'uncertain-approximate' }, '?~'],
		[{ modifier: 'before' }, '‹'],
		[{ modifier: 'after' }, '›'],
		[{ modifier: 'after', qualifier: 'approximate' }, '›~']
	] as const)('%j -> %j', (event, expected) => {
		expect(dateSigns(event)).toBe(expected);
	});
});
