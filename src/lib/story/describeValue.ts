import type { CheckKey, CheckWords } from '../i18n/checks/en';

const NAMES: Partial<Record<string, CheckKey>> = {
	string: 'aString',
	number: 'aNumber',
	boolean: 'aBoolean',
	object: 'anObject'
};

/** How a value is named in a problem: "a number", "an array", "null". */
export function describeValue(value: unknown): CheckWords {
	if (value === null) return { key: 'null' };
	if (Array.isArray(value)) return { key: 'anArray' };
	const type = typeof value;
	const key = NAMES[type];
	return key ? { key } : { key: 'aValue', values: { type } };
}
