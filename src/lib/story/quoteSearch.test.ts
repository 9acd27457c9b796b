import { describe, expect, it, vi } from 'vitest';
import * as quoteSearch from './quoteSearch';
import { loadStory } from './loadStory';
import { testEvent, testSource, testStory, TEST_FILE } from './testing';

const { firstTwoOfEach } = quoteSearch;

/** What `firstTwoOfEach` must give: two searches of the text per needle. */
function firstTwo(text: string, needle: string): number[] {
	const first = text.indexOf(needle);
	if (first === -1) return [];
	const second = text.indexOf(needle, first + 1);
	return second === -1 ? [first] : [first, second];
}

/** A seeded generator of numbers in [0, 1): the same text every run. */
function random(seed: number): () => number {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('firstTwoOfEach', () => {
	it('finds what indexOf finds, overlaps, repeats and needles inside needles included', () => {
		const next = random(7);
		for (let round = 0; round < 300; round++) {
			const text = Array.from({ length: 200 }, () => 'ab c'[Math.floor(next() * 4)]).join('');
			const needles = Array.from({ length: 30 }, () => {
				const at = Math.floor(next() * 200);
				const length = 1 + Math.floor(next() * 8);
				return next() < 0.2 ? 'abcab'.slice(0, length) : text.slice(at, at + length);
			});
			expect(firstTwoOfEach(text, needles)).toEqual(needles.map((n) => firstTwo(text, n)));
		}
	});

	it('finds nothing for an empty needle, and the same for the same needle twice', () => {
		expect(firstTwoOfEach('aaa', ['', 'aa', 'aa', 'b'])).toEqual([[], [0, 1], [0, 1], []]);
	});
});

describe('anchoring 20,000 quotes of one long paragraph', () => {
	// A 150 KB paragraph of distinct words; 2,000 events quote it ten times each, three words
	// a quote. Searched one by one, these took 8.9 s in a browser.
	const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919).toString(36)}x`);
	const text = words.join(' ').padEnd(150_000, ' end');
	const events = Array.from({ length: 2000 }, (_, i) =>
		testEvent(`e${i}`, {
			when: { text: null, basis: 'editorial', expression: '2025-02-24', note: 'Test.' },
			excerpts: Array.from({ length: 10 }, (_, j) => ({
				source: 'paper',
				exact: words.slice(10 * i + j, 10 * i + j + 3).join(' ')
			}))
		})
	);

	it('scans the text a bounded number of times, not once per quote', () => {
		const scans = vi.spyOn(quoteSearch, 'firstTwoOfEach');
		const result = loadStory(testStory({ sources: [testSource({ text })], events }), TEST_FILE);
		expect(scans.mock.calls.length).toBe(1);
		expect(scans.mock.calls[0]![1]).toHaveLength(20_000);
		scans.mockRestore();
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const anchored = result.story.events.find((event) => event.id === 'e1234')!;
		expect(anchored.excerpts[5]).toMatchObject({ start: text.indexOf(words[12345]!) });
		// Room for a busy machine: the count above is what this test is about, not the time.
	}, 30_000);
});
