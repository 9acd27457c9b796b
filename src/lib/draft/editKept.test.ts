import { describe, expect, it } from 'vitest';
import { readKeptEdit, sameStory, writeKeptEdit } from './editKept';

describe('the story kept by /edit', () => {
	const kept = {
		file: 'story.json',
		story: { id: 'a', events: [] },
		keptAt: '2025-03-03T09:00:00.000Z'
	};

	it('reads back what it wrote', () => {
		expect(readKeptEdit(writeKeptEdit(kept))).toEqual({ kept, notice: null });
	});

	it('has nothing to say when nothing is stored', () => {
		expect(readKeptEdit(null)).toEqual({ kept: null, notice: null });
		expect(readKeptEdit('')).toEqual({ kept: null, notice: null });
	});

	it.each([
		['not JSON', '{"file":'],
		['not an object', '42'],
		['no story', JSON.stringify({ file: 'f', keptAt: kept.keptAt })],
		['a story that is not an object', JSON.stringify({ ...kept, story: 'x' })],
		['a time that is not one', JSON.stringify({ ...kept, keptAt: 'soon' })],
		['no file', JSON.stringify({ story: {}, keptAt: kept.keptAt })]
	])('sets aside %s, and says so', (_, text) => {
		const read = readKeptEdit(text);
		expect(read.kept).toBeNull();
		expect(read.notice).toMatch(/could not be read back/);
	});

	it('compares stories by their data', () => {
		expect(sameStory({ a: 1, b: [2] }, { a: 1, b: [2] })).toBe(true);
		expect(sameStory({ a: 1 }, { a: 2 })).toBe(false);
	});
});
