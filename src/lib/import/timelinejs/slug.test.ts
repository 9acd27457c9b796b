import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from './slug';

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
});

describe('uniqueSlugs', () => {
	it('numbers repeats, skips taken numbers, and falls back for words with no letters', () => {
		const slug = uniqueSlugs();
		expect(
			['Vote', 'Vote', 'Vote 2', 'Vote', '', '日本'].map((w, i) => slug(w, `slide-${i + 1}`))
		).toEqual(['vote', 'vote-2', 'vote-2-2', 'vote-3', 'slide-5', 'slide-6']);
	});
});
