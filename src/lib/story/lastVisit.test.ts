import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, newSince, seenIds, visitKey, visitRecord } from './lastVisit';

describe('the last visit', () => {
	it('marks nothing on a first visit', () => {
		expect(newSince(seenIds(null), ['a', 'b'])).toEqual(new Set());
	});

	it('marks the events the last visit did not see, and not those it did or that left', () => {
		const seen = seenIds(visitRecord(['a', 'b', 'gone']));
		expect(newSince(seen, ['a', 'c', 'b', 'd'])).toEqual(new Set(['c', 'd']));
	});

	it.each([
		['not JSON', '{ids'],
		['another version', JSON.stringify({ v: 2, ids: ['a'] })],
		['ids that are not a list', JSON.stringify({ v: 1, ids: 'a' })],
		['an id that is not text', JSON.stringify({ v: 1, ids: ['a', 3] })],
		['null', 'null']
	])('a record that is %s counts as no visit', (_, record) => {
		expect(seenIds(record)).toBeNull();
	});

	it('does not remember a story too big for the browser’s storage', () => {
		const ids = Array.from({ length: MAX_REMEMBERED + 1 }, (_, i) => `e${i}`);
		expect(visitRecord(ids)).toBeNull();
		expect(visitRecord(ids.slice(1))).not.toBeNull();
	});

	it('keeps a story from elsewhere apart from a built one of the same id', () => {
		expect(visitKey('week')).not.toBe(visitKey('week', 'https://a.test/story.json'));
	});
});
