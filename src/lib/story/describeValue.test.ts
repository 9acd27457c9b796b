import { describe, expect, it } from 'vitest';
import { describeValue } from './describeValue';

describe('describeValue', () => {
	it.each([
		[null, 'null'],
		[undefined, 'an undefined'],
		[[1, 2], 'an array'],
		[{}, 'an object'],
		['words', 'a string'],
		[3, 'a number'],
		[true, 'a boolean']
	])('%o is %s', (value, expected) => {
		expect(describeValue(value)).toBe(expected);
	});
});
