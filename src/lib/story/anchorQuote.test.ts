import { afterEach, describe, expect, it, vi } from 'vitest';
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
		expect(result).toMatchObject({ ok: false, message: 'The quote is not in the source verbatim' });
	});

	it('reports an ambiguous quote', () => {
		const result = anchorQuote(TEXT, { source: 'article', exact: 'said it again' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/occurs more than once.*add a prefix or suffix/);
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
		if (!result.ok)
			expect(result.message).toMatch(/occurs more than once.*never with the given prefix\/suffix/);
	});

	it('counts overlapping occurrences', () => {
		const result = anchorQuote('aaa', { source: 's', exact: 'aa' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/more than once/);
		const once = anchorQuote('aaa', { source: 's', exact: 'aa', suffix: 'b' });
		if (!once.ok) expect(once.message).toMatch(/more than once.*never with/);
		const single = anchorQuote('aab', { source: 's', exact: 'aa', prefix: 'x' });
		expect(single).toMatchObject({ ok: false, message: expect.stringMatching(/occurs once/) });
	});

	it('rejects an empty quote', () => {
		expect(anchorQuote(TEXT, { source: 'article', exact: '' })).toMatchObject({
			ok: false,
			message: 'The quote is empty'
		});
	});

	it('uses offsets the quote carries when they hold, instead of searching', () => {
		// "said it again" occurs twice: the offsets alone pick the second.
		const result = anchorQuote(
			TEXT,
			{
				source: 'article',
				exact: 'said it again',
				start: 89,
				end: 102
			} as never,
			6
		);
		expect(result).toMatchObject({ ok: true, excerpt: { start: 89, end: 102, prefix: 'Trump ' } });
	});

	it.each([
		{ name: 'offsets that point elsewhere', start: 0, end: 13, found: 68 },
		{ name: 'an end that does not fit the quote', start: 68, end: 70, found: 68 },
		{ name: 'offsets that are not numbers', start: '68', end: '81', found: 68 },
		{ name: 'offsets past the text', start: 1e9, end: 1e9 + 13, found: 68 }
	])('falls back to searching for $name', ({ start, end, found }) => {
		const quote = { source: 'article', exact: 'said it again', prefix: 'Officials ', start, end };
		expect(anchorQuote(TEXT, quote as never)).toMatchObject({
			ok: true,
			excerpt: { start: found }
		});
	});

	it('does not take offsets whose context does not fit', () => {
		const quote = {
			source: 'article',
			exact: 'said it again',
			prefix: 'Trump ',
			start: 68,
			end: 81
		};
		expect(anchorQuote(TEXT, quote as never)).toMatchObject({ ok: true, excerpt: { start: 89 } });
	});
});

// Issue 10, case 1: a source of many `a`s and excerpts "a" listed every overlapping match of
// every excerpt. Anchoring now stops at the second match, whatever the source's length.
describe('anchorQuote does bounded work', () => {
	afterEach(() => vi.restoreAllMocks());

	const searches = (run: () => void) => {
		const indexOf = vi.spyOn(String.prototype, 'indexOf');
		run();
		return indexOf.mock.calls.length;
	};

	it('needs two matches to know a quote is ambiguous, however many there are', () => {
		const many = 'a'.repeat(100_000);
		let result: ReturnType<typeof anchorQuote> | undefined;
		const count = searches(() => (result = anchorQuote(many, { source: 's', exact: 'a' })));
		expect(count).toBe(2);
		expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/more than once/) });
	});

	it('finds the one match that fits the context in one pass, among many that do not', () => {
		const text = `${'a'.repeat(50_000)}b${'a'.repeat(50_000)}`;
		let result: ReturnType<typeof anchorQuote> | undefined;
		const count = searches(
			() => (result = anchorQuote(text, { source: 's', exact: 'a', prefix: 'b' }))
		);
		expect(count).toBe(2);
		expect(result).toMatchObject({ ok: true, excerpt: { start: 50_001 } });
	});

	it('does not search at all when the quote’s offsets hold', () => {
		const text = 'a'.repeat(100_000);
		let result: ReturnType<typeof anchorQuote> | undefined;
		const count = searches(
			() => (result = anchorQuote(text, { source: 's', exact: 'a', start: 500, end: 501 } as never))
		);
		expect(count).toBe(0);
		expect(result).toMatchObject({ ok: true, excerpt: { start: 500 } });
	});
});
