import { describe, expect, it } from 'vitest';
import { checkText } from '../i18n/checks/checkText';
import { checksEn } from '../i18n/checks/english';
import { describeValue } from './describeValue';

describe('describeValue', () => {
	it.each([
		[null, 'null'],
		[undefined, 'a value of type undefined'],
		[[1, 2], 'an array'],
		[{}, 'an object'],
		['words', 'a string'],
		[3, 'a number'],
		[true, 'a boolean']
	])('%o is %s', (value, expected) => {
		expect(checkText(describeValue(value), checksEn, 'en-GB')).toBe(expected);
	});
});
