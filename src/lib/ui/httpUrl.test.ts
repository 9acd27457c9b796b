import { describe, expect, it } from 'vitest';
import { httpUrl } from './httpUrl';

describe('httpUrl', () => {
	it.each([
		{ value: 'https://news.test/a?b=c#d', base: undefined, expected: 'https://news.test/a?b=c#d' },
		{
			value: 'http://localhost:8080/a.json',
			base: undefined,
			expected: 'http://localhost:8080/a.json'
		},
		{
			value: '/stories/a.json',
			base: 'https://site.test/embed',
			expected: 'https://site.test/stories/a.json'
		},
		{ value: '/stories/a.json', base: undefined, expected: null },
		{ value: 'javascript:alert(1)', base: 'https://site.test/', expected: null },
		{ value: ' JavaScript:alert(1)', base: undefined, expected: null },
		{ value: 'data:text/html,<script>alert(1)</script>', base: undefined, expected: null },
		{ value: 'file:///etc/passwd', base: undefined, expected: null },
		{ value: 'https://', base: undefined, expected: null }
	])('$value', ({ value, base, expected }) => {
		expect(httpUrl(value, base)?.href ?? null).toBe(expected);
	});
});
