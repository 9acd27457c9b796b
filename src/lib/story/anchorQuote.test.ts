import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchorQuote';

const TEXT =
	'Starmer said Putin will “come again” unless the US helps. ' +
	'Officials said it again. Trump said it again later.';

describe('anchorQuote', () => {
	it('finds a unique quote with its offsets and the source’s context', () => {
		const exact = 'Putin will “come again”';
		const result = anchorQuote(TEXT, { source: 'article', exact }, 8);
		expect(result).toEqual({
			ok: true,
			excerpt: {
				source: 'article',
				exact,
				prefix: 'er said ',
				suffix: ' unless ',
				start: 13,
				end: 13 + exact.length
			}
		});
		if (result.ok) expect(TEXT.slice(result.excerpt.start, result.excerpt.end)).toBe(exact);
	});

	it('cuts the context at the ends of the text', () => {
		const result = anchorQuote(TEXT, { source: 'article', exact: 'Starmer' });
		expect(result).toMatchObject({
			ok: true,
			excerpt: { prefix: '', suffix: ' said Putin will “come again” un', start: 0, end: 7 }
		});
		const last = anchorQuote(TEXT, { source: 'article', exact: 'later.' }, 4);
		expect(last).toMatchObject({ ok: true, excerpt: { prefix: 'ain ', suffix: '' } });
	});

	it('replaces the authored prefix and suffix with the source’s context', () => {
		const result = anchorQuote(
			TEXT,
			{ source: 'article', exact: 'said it again', prefix: 'Trump ' },
			6
		);
		expect(result).toMatchObject({
			ok: true,
			excerpt: { prefix: 'Trump ', suffix: ' later', start: 89 }
		});
	});

	it('does not split a surrogate pair in the context', () => {
		const result = anchorQuote('a😀bc', { source: 's', exact: 'bc' }, 1);
		expect(result).toMatchObject({ ok: true, excerpt: { prefix: '', start: 3 } });
	});

	it('keeps extra authored fields', () => {
		const result = anchorQuote(TEXT, {
			source: 'article',
			exact: 'Officials',
			reason: 'background'
		} as never);
		expect(result).toMatchObject({ ok: true, excerpt: { reason: 'background' } });
	});

	it('says when the source uses curly quotes and the quote straight ones', () => {
		const result = anchorQuote(TEXT, { source: 'article', exact: 'Putin will "come again"' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/the source uses curly quotes/);
	});

	it('says when the source uses straight quotes and the quote curly ones', () => {
		const result = anchorQuote('He said "no".', { source: 's', exact: 'said “no”' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/the source uses straight quotes/);
	});

	it('reports a quote that is not in the source', () => {
		const result = anchorQuote(TEXT, { source: 'article', exact: 'Putin will return' });
		expect(result).toEqual({ ok: false, message: 'The quote is not in the source verbatim' });
	});

	it('reports an ambiguous quote, with the count', () => {
		const result = anchorQuote(TEXT, { source: 'article', exact: 'said it again' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/occurs 2 times.*add a prefix or suffix/);
	});

	it.each([
		{ name: 'prefix', quote: { prefix: 'Officials ' }, start: 68 },
		{ name: 'suffix', quote: { suffix: ' later' }, start: 89 },
		{ name: 'both', quote: { prefix: 'Trump ', suffix: ' later' }, start: 89 }
	])('disambiguates by $name', ({ quote, start }) => {
		const result = anchorQuote(TEXT, { source: 'article', exact: 'said it again', ...quote });
		expect(result).toMatchObject({ ok: true, excerpt: { start, end: start + 13 } });
	});

	it('reports a prefix that matches no occurrence', () => {
		const result = anchorQuote(TEXT, {
			source: 'article',
			exact: 'said it again',
			prefix: 'Macron '
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/2 times.*never with the given prefix\/suffix/);
	});

	it('counts overlapping occurrences', () => {
		const result = anchorQuote('aaa', { source: 's', exact: 'aa' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/2 times/);
	});

	it('rejects an empty quote', () => {
		expect(anchorQuote(TEXT, { source: 'article', exact: '' })).toEqual({
			ok: false,
			message: 'The quote is empty'
		});
	});
});
