import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/loadStory';
import { testStory } from '../story/testing';
import { FRENCH_PACK } from './frenchPack';
import { addSource, sourceLanguage, type NewSource } from './addSource';

const second: NewSource = {
	article:
		'Leaders meet in London\n\nEuropean leaders met in London on Sunday to discuss Ukraine. ' +
		'The prime minister said on Monday that a coalition of the willing would be formed.',
	published: '2025-03-03',
	timeZone: 'Europe/London',
	publisher: 'The Daily Example',
	headline: 'Leaders meet in London',
	url: 'https://news.example/london'
};

describe('adding a source to a story being edited', () => {
	it('adds the source under an id of its own, with the events proposed from it, and the story still loads', () => {
		const story = testStory();
		const added = addSource(story, second, true);
		expect(added.sourceId).toBe('the-daily-example');
		expect(added.events).toBeGreaterThanOrEqual(1);
		const { sources, events } = added.story as {
			sources: { id: string; url?: string; title: string | null; text: string }[];
			events: { id: string; excerpts: { source: string; exact: string }[] }[];
		};
		expect(sources).toHaveLength(story.sources.length + 1);
		expect(sources.at(-1)).toMatchObject({
			id: 'the-daily-example',
			url: 'https://news.example/london',
			title: 'Leaders meet in London',
			text: second.article
		});
		const mine = events.slice(story.events.length);
		expect(mine).toHaveLength(added.events);
		for (const event of mine) {
			expect(event.excerpts.every((quote) => quote.source === 'the-daily-example')).toBe(true);
			expect(event.excerpts.every((quote) => second.article.includes(quote.exact))).toBe(true);
		}
		const loaded = loadStory(added.story, 'story.json');
		expect(loaded.ok ? [] : loaded.issues).toEqual([]);
	});

	it('gives the source and events ids no other has', () => {
		let story: unknown = testStory();
		story = addSource(story, second, true).story;
		const again = addSource(story, second, true);
		expect(again.sourceId).toBe('the-daily-example-2');
		const ids = (again.story as { events: { id: string }[] }).events.map((event) => event.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(loadStory(again.story, 'story.json').ok).toBe(true);
	});

	it('without proposals adds only the source, to quote by hand', () => {
		const story = testStory();
		const added = addSource(story, { ...second, url: '' }, false);
		expect(added.events).toBe(0);
		const { sources, events } = added.story as { sources: { url?: string }[]; events: unknown[] };
		expect(events).toHaveLength(story.events.length);
		expect(sources.at(-1)).not.toHaveProperty('url');
	});

	it('records the language the source is read in, as a BCP 47 tag', () => {
		const story = testStory();
		const french: NewSource = {
			...second,
			article: 'Réunion à Londres\n\nLes dirigeants européens se sont réunis à Londres dimanche.',
			publisher: 'Le Journal',
			language: 'fr'
		};
		const added = addSource(story, french, true, FRENCH_PACK);
		const { sources } = added.story as { sources: { id: string; language: string }[] };
		expect(sources.at(-1)).toMatchObject({ id: 'le-journal', language: 'fr' });
		expect(added.events).toBe(1);
		const english = addSource(story, { ...second, language: 'en-GB' }, false).story;
		expect((english as { sources: { language: string }[] }).sources.at(-1)!.language).toBe('en-GB');
		expect(loadStory(added.story, 'story.json').ok).toBe(true);
	});
});

describe('sourceLanguage: the tag a new source records', () => {
	it.each([
		{ chosen: 'en', story: 'en-GB', tag: 'en-GB' },
		{ chosen: 'fr', story: 'fr-CA', tag: 'fr-CA' },
		{ chosen: 'de', story: 'en-GB', tag: 'de' },
		{ chosen: 'en', story: 'nl', tag: 'en' },
		{ chosen: 'fr', story: undefined, tag: 'fr' }
	] as const)('$chosen in a story in $story: $tag', ({ chosen, story, tag }) => {
		expect(sourceLanguage(chosen, story)).toBe(tag);
	});
});
