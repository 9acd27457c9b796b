import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, parseSiteOrigin } from './siteOrigin';

describe('parseSiteOrigin', () => {
	it.each([
		{ value: undefined, expected: DEFAULT_SITE_ORIGIN },
		{ value: '', expected: DEFAULT_SITE_ORIGIN },
		{ value: 'https://timelines.example.org', expected: 'https://timelines.example.org' },
		{ value: 'https://timelines.example.org/', expected: 'https://timelines.example.org' },
		{ value: ' http://localhost:4273 ', expected: 'http://localhost:4273' },
		{ value: 'HTTPS://Timelines.Example.ORG', expected: 'https://timelines.example.org' }
	])('$value', ({ value, expected }) => {
		expect(parseSiteOrigin(value)).toBe(expected);
	});

	it.each(['timelines.example.org', 'ftp://example.org', 'https://example.org/sub/'])(
		'refuses %s',
		(value) => {
			expect(() => parseSiteOrigin(value)).toThrow(/is not a site origin/);
		}
	);
});
