import { describe, expect, it } from 'vitest';
import { SLUG, slugify, uniqueSlugs } from './slug';

describe('slugify', () => {
	it.each([
		['Rózsa Péter writes recursion', 'rozsa-peter-writes-recursion'],
		['"The Mother of the Internet"', 'the-mother-of-the-internet'],
		['...And the women', 'and-the-women'],
		['<script>', 'script'],
		['日本語', ''],
		['a'.repeat(70), 'a'.repeat(60)],
		[`${'word '.repeat(20)}`, 'word-word-word-word-word-word-word-word-word-word-word-word']
	])('%s → %s', (words, expected) => {
		expect(slugify(words)).toBe(expected);
	});

	it.each([
		[
			'Starmer meets Trump at the White House on Thursday',
			{ words: 6 },
			'starmer-meets-trump-at-the-white'
		],
		['Pétain’s government', { words: 1 }, 'petain'],
		['a'.repeat(70), { length: Infinity }, 'a'.repeat(70)],
		['talks end in Riyadh', { length: 12 }, 'talks-end'],
		['abcdefghijklmnop', { length: 12 }, 'abcdefghijkl']
	])('%s with %o → %s', (words, limits, expected) => {
		expect(slugify(words, limits)).toBe(expected);
	});

	it('makes slugs that pass the schema’s rule', () => {
		for (const words of ['Rózsa Péter', '--a--b--', 'x'.repeat(100), 'Trump’s 2025 visit']) {
			expect(slugify(words)).toMatch(SLUG);
		}
	});
});

describe('uniqueSlugs', () => {
	it('numbers repeats, skips taken numbers, and falls back for words with no letters', () => {
		const slug = uniqueSlugs();
		expect(
			['Vote', 'Vote', 'Vote 2', 'Vote', '', '日本'].map((w, i) => slug(w, `slide-${i + 1}`))
		).toEqual(['vote', 'vote-2', 'vote-2-2', 'vote-3', 'slide-5', 'slide-6']);
	});

	it('gives none of the slugs already taken, and keeps to its limits', () => {
		const slug = uniqueSlugs({ taken: ['talks-end', 'talks-end-2', 'event'], words: 2 });
		expect(['Talks end today', 'Talks end', '', ''].map((w) => slug(w, 'event'))).toEqual([
			'talks-end-3',
			'talks-end-4',
			'event-2',
			'event-3'
		]);
	});

	it('numbers many repeats of one title in turn', () => {
		const slug = uniqueSlugs();
		const ids = Array.from({ length: 5000 }, () => slug('Same title', 'x'));
		expect(new Set(ids).size).toBe(5000);
		expect(ids.at(-1)).toBe('same-title-5000');
	});
});
