import { describe, expect, it } from 'vitest';
import { STORY_FORMAT } from './storyFormat';
import { type Loose, TEST_FILE as FILE, validStory } from './testing';
import { validateStory } from './validateStory';

describe('validateStory', () => {
	it('accepts a valid story and returns it', () => {
		const story = validStory();
		expect(validateStory(story, FILE)).toEqual({ ok: true, story });
	});

	it('accepts unknown fields and the fields of a resolved story', () => {
		const story: Loose = validStory();
		story.theme = 'dark';
		story.events[0].importance = 3;
		story.sources[0].text = '';
		Object.assign(story.events[0].when, { start: '2025-02-28', precision: 'day' });
		Object.assign(story.events[0].excerpts[0], { prefix: '', suffix: '', start: 0, end: 5 });
		expect(validateStory(story, FILE).ok).toBe(true);
	});

	it('accepts the fields of format 2: $schema, groups, eras, media, when.source, no place', () => {
		const story: Loose = validStory();
		story.$schema = '/story.schema.json';
		story.eras = [{ id: 'week', label: 'The week', expression: '2025-02-24/2025-03-02' }];
		story.sources[0].license = 'MPL-2.0';
		Object.assign(story.events[0], {
			group: 'Diplomacy',
			media: { kind: 'image', url: 'https://example.com/a.jpg', alt: 'Two men', credit: 'AP' }
		});
		story.events[0].when.source = 'paper';
		delete story.events[1].place;
		expect(validateStory(story, FILE)).toEqual({ ok: true, story });
	});

	it.each([
		['video', 'https://www.youtube.com/watch?v=aPweFhhXFvY'],
		['video', 'https://youtu.be/aPweFhhXFvY'],
		['video', 'https://vimeo.com/304869290'],
		['audio', 'https://soundcloud.com/obamawhitehouse/grace-hopper-as-told-by-u-s'],
		['map', 'https://www.openstreetmap.org/#map=15/39.95222/-75.19321'],
		// On the host, but no address its player takes: accepted, and shown as a plain link.
		['video', 'https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg']
	])('accepts a %s from its player’s host: %s', (kind, url) => {
		const story: Loose = validStory();
		story.events[0].media = { kind, url, caption: 'A caption' };
		expect(validateStory(story, FILE)).toEqual({ ok: true, story });
	});

	it('reads a format 1 story and returns it as format 2', () => {
		const story: Loose = validStory();
		story.format = 'sourceline/story@1';
		const result = validateStory(story, FILE);
		expect(result).toEqual({ ok: true, story: { ...story, format: STORY_FORMAT } });
		expect(story.format).toBe('sourceline/story@1');
	});

	it('rejects a story that is not an object', () => {
		expect(validateStory([], FILE)).toMatchObject({
			ok: false,
			issues: [{ file: FILE, field: '(root)', message: 'Expected an object, got an array' }]
		});
	});

	it('collects every issue, not just the first', () => {
		const story: Loose = validStory();
		story.id = 'Bad Id';
		story.sources[0].published.timeZone = 'Nowhere';
		story.events[0].kind = 'party';
		story.events[1].when.sameAs = 'missing';
		const result = validateStory(story, FILE);
		expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual([
			'id',
			'sources[0].published.timeZone',
			'events[0].kind',
			'events[1].when.sameAs'
		]);
	});
});
