import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';
import { loadStory } from '$lib/story/loadStory';
import { openStoryText } from './openStory';
import {
	controlId,
	controlIdsFor,
	edited,
	getAt,
	parsePath,
	pathText,
	setAt,
	storyFileText
} from './storyDocument';

describe('paths', () => {
	it.each([
		[['events', 3, 'when', 'text'], 'events[3].when.text'],
		[['sources', 0, 'text'], 'sources[0].text'],
		[['title'], 'title'],
		[[], '']
	] as const)('%j is %s and back', (path, text) => {
		expect(pathText(path)).toBe(text);
		expect(parsePath(text)).toEqual(path);
	});

	it('gives each field its own control id', () => {
		expect(controlId(['events', 3, 'when', 'text'])).toBe('field-events-3-when-text');
		expect(controlId(['events', 3, 'title'])).not.toBe(controlId(['events', 3, 'summary']));
	});
});

describe('controlIdsFor', () => {
	it('names the field, then each field it is in', () => {
		expect(controlIdsFor('events[2].when.note')).toEqual([
			'field-events-2-when-note',
			'field-events-2-when',
			'field-events-2',
			'field-events'
		]);
	});
});

describe('edited', () => {
	const event = { id: 'a', place: { name: 'X' }, media: { url: 'u', alt: 'A' } };

	it.each([
		['an emptied place goes', ['place', 'name'], { id: 'a', media: event.media }],
		[
			'media keeps what is left',
			['media', 'alt'],
			{ id: 'a', place: event.place, media: { url: 'u' } }
		]
	] as const)('%s', (_, path, expected) => {
		expect(edited(event, path, undefined)).toEqual(expected);
	});

	it('sets a value without pruning anything', () => {
		expect(edited(event, ['place', 'name'], '')).toEqual({ ...event, place: { name: '' } });
	});
});

describe('setAt', () => {
	const story = { title: 'A', events: [{ id: 'a', place: { name: 'X' } }, { id: 'b' }] };

	it('changes one field and copies only the way to it', () => {
		const next = setAt(story, ['events', 0, 'place', 'name'], 'Y') as typeof story;
		expect(getAt(next, ['events', 0, 'place', 'name'])).toBe('Y');
		expect(story.events[0]!.place!.name).toBe('X');
		expect(next.events[1]).toBe(story.events[1]);
	});

	it('removes a field set to undefined, and makes a missing way', () => {
		expect(setAt(story, ['title'], undefined)).not.toHaveProperty('title');
		expect(getAt(setAt(story, ['events', 1, 'media', 'url'], 'u'), ['events', 1, 'media'])).toEqual(
			{
				url: 'u'
			}
		);
	});
});

describe('opening a built story and downloading it unchanged', () => {
	it.each(stories.map((story) => [story.id, story] as const))(
		'gives the same story: %s',
		(id, built) => {
			const published = JSON.stringify(built);
			const opened = openStoryText(published, `${id}.json`);
			expect(opened.issues).toEqual([]);
			const downloaded = storyFileText(opened.story);
			const again = loadStory(JSON.parse(downloaded), `${id}.json`);
			expect(again).toEqual({ ok: true, story: JSON.parse(published) });
			// Only what the loader works out is left out, so the file is the author's form.
			expect(downloaded).not.toContain('"startsAt"');
			// And opening the download gives the download back, byte for byte.
			expect(storyFileText(openStoryText(downloaded, 'again.json').story)).toBe(downloaded);
		}
	);

	it('opens a story that fails validation, as it is', () => {
		const opened = openStoryText('{"format": "sourceline/story@2", "events": [{"id": "x"}]}', 'f');
		expect(opened).toEqual({
			story: { format: 'sourceline/story@2', events: [{ id: 'x' }] },
			issues: []
		});
	});

	it('says what is wrong with a file that is not JSON', () => {
		expect(openStoryText('{ nope', 'f.json').issues[0]!.message).toMatch(/^Not JSON/);
	});
});
