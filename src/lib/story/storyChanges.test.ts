import { describe, expect, it } from 'vitest';
import { changesMessage } from '$lib/i18n/live/changesMessage';
import { hasChanges, heldThenNewer, storyChanges } from './storyChanges';
import { smallStory } from './testing';
import type { ResolvedStory } from './types';

function withEvents(
	story: ResolvedStory,
	ids: string[],
	title = (id: string) => id
): ResolvedStory {
	const [event] = story.events;
	return { ...story, events: ids.map((id) => ({ ...event!, id, title: title(id) })) };
}

describe('storyChanges', () => {
	const base = withEvents(smallStory(), ['a', 'b', 'c']);

	it('finds events added, updated and removed, by id', () => {
		const after = withEvents(base, ['a', 'c', 'd', 'e'], (id) =>
			id === 'c' ? 'C, corrected' : id
		);
		const changes = storyChanges(base, after);
		expect(changes).toEqual({
			added: ['d', 'e'],
			updated: ['c'],
			removed: ['b'],
			storyChanged: false
		});
		expect(changesMessage(changes)).toBe(
			'The story was updated: 2 events added, 1 updated, 1 removed.'
		);
	});

	it('does not call an event updated when only its quotes moved in the source', () => {
		const after = structuredClone(base);
		for (const excerpt of after.events[1]!.excerpts) {
			excerpt.start += 40;
			excerpt.end += 40;
			excerpt.prefix = 'A new slide before it. ';
		}
		expect(storyChanges(base, after).updated).toEqual([]);
	});

	it('finds nothing in the same story', () => {
		const changes = storyChanges(base, structuredClone(base));
		expect(hasChanges(changes)).toBe(false);
		expect(changesMessage(changes)).toBe('');
	});

	it('says a change outside the events', () => {
		const changes = storyChanges(base, { ...base, title: 'A new title' });
		expect(hasChanges(changes)).toBe(true);
		expect(changesMessage(changes)).toBe('The story was updated.');
	});

	it.each([
		[['a', 'b', 'c', 'd'], 'The story was updated: 1 event added.'],
		[['a'], 'The story was updated: 2 events removed.']
	])('words the count: %j', (ids, message) => {
		expect(changesMessage(storyChanges(base, withEvents(base, ids)))).toBe(message);
	});
});

describe('heldThenNewer', () => {
	const none = { added: [], updated: [], removed: [], storyChanged: false };

	it('is the newer change when nothing was held', () => {
		const newer = { ...none, added: ['a'] };
		expect(heldThenNewer(undefined, newer)).toBe(newer);
	});

	it('says a held change and a newer one as one change from what is on screen', () => {
		const held = { added: ['a', 'b'], updated: ['c'], removed: ['x'], storyChanged: true };
		const newer = { added: ['d'], updated: ['c', 'd2'], removed: ['b', 'e'], storyChanged: false };
		expect(heldThenNewer(held, newer)).toEqual({
			// b came and went while held: never on screen, so neither added nor removed.
			added: ['a', 'd'],
			updated: ['c', 'd2'],
			removed: ['x', 'e'],
			storyChanged: true
		});
	});
});
