import { describe, expect, it } from 'vitest';
import { STORY_FORMAT, type StoryInput } from './types';
import { validateStory } from './validateStory';

const FILE = 'stories/test/story.json';

/** A small valid story; each call returns a fresh copy to break. */
function validStory(): StoryInput {
	return {
		format: STORY_FORMAT,
		id: 'test-story',
		title: 'A test story',
		summary: 'Two events.',
		language: 'en-GB',
		displayTimeZone: 'Europe/London',
		sources: [
			{
				id: 'paper',
				publisher: 'The Paper',
				title: null,
				url: 'https://example.com/article',
				language: 'en-GB',
				published: { date: '2025-02-27', timeZone: 'Europe/London', basis: 'stated' },
				file: 'article.txt'
			}
		],
		events: [
			{
				id: 'meeting',
				title: 'A meeting',
				summary: 'They meet.',
				kind: 'meeting',
				actors: ['A', 'B'],
				place: { name: 'London', timeZone: 'Europe/London' },
				when: { text: 'this Friday', basis: 'stated' },
				target: { text: 'by 2027', basis: 'stated' },
				excerpts: [{ source: 'paper', exact: 'They meet this Friday.' }]
			},
			{
				id: 'flight',
				title: 'A flight',
				summary: 'He flies.',
				kind: 'travel',
				actors: [],
				place: { name: 'Plane', timeZone: 'America/New_York' },
				when: { text: null, basis: 'inferred', sameAs: 'meeting', note: 'Same day.' },
				excerpts: [{ source: 'paper', exact: 'He flew.', prefix: '', suffix: ' Then' }]
			}
		],
		context: [{ source: 'paper', exact: 'Background.', reason: 'No date.' }]
	};
}

/** The story as a plain JSON-like object, to break in ways the types forbid. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Row {
	name: string;
	breakIt: (story: Loose) => void;
	field: string;
	eventId?: string;
	message: RegExp;
}

const rows: Row[] = [
	{
		name: 'wrong format',
		breakIt: (s) => (s.format = 'sourceline/story@99'),
		field: 'format',
		message:
			/Unsupported format "sourceline\/story@99"; the supported format is "sourceline\/story@3"/
	},
	{
		name: 'missing format',
		breakIt: (s) => delete s.format,
		field: 'format',
		message: /Missing format/
	},
	{
		name: 'story id not a slug',
		breakIt: (s) => (s.id = 'Test Story'),
		field: 'id',
		message: /not a slug/
	},
	{
		name: 'empty title',
		breakIt: (s) => (s.title = ' '),
		field: 'title',
		message: /Must not be empty/
	},
	{
		name: 'title of the wrong type',
		breakIt: (s) => (s.title = 3),
		field: 'title',
		message: /Expected a string, got a number/
	},
	{
		name: 'missing summary',
		breakIt: (s) => delete s.summary,
		field: 'summary',
		message: /missing/
	},
	{
		name: 'invalid language tag',
		breakIt: (s) => (s.language = 'en_GB!'),
		field: 'language',
		message: /BCP 47/
	},
	{
		name: 'unknown display zone',
		breakIt: (s) => (s.displayTimeZone = 'Europe/Londres'),
		field: 'displayTimeZone',
		message: /Unknown time zone "Europe\/Londres"/
	},
	{
		name: 'sources not an array',
		breakIt: (s) => (s.sources = {}),
		field: 'sources',
		message: /Expected an array, got an object/
	},
	{
		name: 'no sources',
		breakIt: (s) => (s.sources = []),
		field: 'sources',
		message: /at least one/
	},
	{
		name: 'source not an object',
		breakIt: (s) => (s.sources = ['paper']),
		field: 'sources[0]',
		message: /Expected an object, got a string/
	},
	{
		name: 'duplicate source id',
		breakIt: (s) => s.sources.push({ ...s.sources[0] }),
		field: 'sources[1].id',
		message: /Duplicate source id "paper", already used by sources\[0\]/
	},
	{
		name: 'source id not a slug',
		breakIt: (s) => (s.sources[0].id = 'the_paper'),
		field: 'sources[0].id',
		message: /not a slug/
	},
	{
		name: 'empty publisher',
		breakIt: (s) => (s.sources[0].publisher = ''),
		field: 'sources[0].publisher',
		message: /Must not be empty/
	},
	{
		name: 'missing source title (null is needed for unknown)',
		breakIt: (s) => delete s.sources[0].title,
		field: 'sources[0].title',
		message: /missing/
	},
	{
		name: 'url not http(s)',
		breakIt: (s) => (s.sources[0].url = 'ftp://example.com/a'),
		field: 'sources[0].url',
		message: /not an http\(s\) URL/
	},
	{
		name: 'url not a URL',
		breakIt: (s) => (s.sources[0].url = 'example.com/a'),
		field: 'sources[0].url',
		message: /not an http\(s\) URL/
	},
	{
		name: 'source language',
		breakIt: (s) => (s.sources[0].language = 3),
		field: 'sources[0].language',
		message: /Expected a string/
	},
	{
		name: 'published missing',
		breakIt: (s) => delete s.sources[0].published,
		field: 'sources[0].published',
		message: /missing/
	},
	{
		name: 'published date not ISO',
		breakIt: (s) => (s.sources[0].published.date = '27 February 2025'),
		field: 'sources[0].published.date',
		message: /not an ISO date/
	},
	{
		name: 'published date-time without offset',
		breakIt: (s) => (s.sources[0].published.date = '2025-02-27T09:00'),
		field: 'sources[0].published.date',
		message: /not an ISO date/
	},
	{
		name: 'published zone',
		breakIt: (s) => (s.sources[0].published.timeZone = 'GMT+1'),
		field: 'sources[0].published.timeZone',
		message: /Unknown time zone/
	},
	{
		name: 'published basis',
		breakIt: (s) => (s.sources[0].published.basis = 'guessed'),
		field: 'sources[0].published.basis',
		message: /Expected one of "stated", "inferred", "editorial"; got "guessed"/
	},
	{
		name: 'inferred publication without note',
		breakIt: (s) => (s.sources[0].published.basis = 'inferred'),
		field: 'sources[0].published.note',
		message: /needs a "note"/
	},
	{
		name: 'source without text or file',
		breakIt: (s) => delete s.sources[0].file,
		field: 'sources[0].text',
		message: /needs "text" or a "file"/
	},
	{
		name: 'source text not a string',
		breakIt: (s) => (s.sources[0].text = ['line']),
		field: 'sources[0].text',
		message: /Expected a string, got an array/
	},
	{
		name: 'empty file name',
		breakIt: (s) => (s.sources[0].file = ''),
		field: 'sources[0].file',
		message: /Must not be empty/
	},
	{
		name: 'events missing',
		breakIt: (s) => delete s.events,
		field: 'events',
		message: /missing/
	},
	{
		name: 'no events',
		breakIt: (s) => (s.events = []),
		field: 'events',
		message: /at least one/
	},
	{
		name: 'event not an object',
		breakIt: (s) => (s.events[0] = null),
		field: 'events[0]',
		message: /Expected an object, got null/
	},
	{
		name: 'event id not a slug',
		breakIt: (s) => (s.events[0].id = 'Meeting'),
		field: 'events[0].id',
		eventId: 'Meeting',
		message: /"Meeting" is not a slug/
	},
	{
		name: 'event id of the wrong type (no eventId)',
		breakIt: (s) => (s.events[0].id = 7),
		field: 'events[0].id',
		message: /Expected a string, got a number/
	},
	{
		name: 'duplicate event id',
		breakIt: (s) => (s.events[1].id = 'meeting'),
		field: 'events[1].id',
		eventId: 'meeting',
		message: /Duplicate event id "meeting", already used by events\[0\]/
	},
	{
		name: 'empty event title',
		breakIt: (s) => (s.events[1].title = ''),
		field: 'events[1].title',
		eventId: 'flight',
		message: /Must not be empty/
	},
	{
		name: 'missing event summary',
		breakIt: (s) => delete s.events[1].summary,
		field: 'events[1].summary',
		eventId: 'flight',
		message: /missing/
	},
	{
		name: 'unknown kind',
		breakIt: (s) => (s.events[0].kind = 'party'),
		field: 'events[0].kind',
		eventId: 'meeting',
		message: /Expected one of "meeting", .*"other"; got "party"/
	},
	{
		name: 'actors not an array',
		breakIt: (s) => (s.events[0].actors = 'A and B'),
		field: 'events[0].actors',
		eventId: 'meeting',
		message: /Expected an array, got a string/
	},
	{
		name: 'empty actor',
		breakIt: (s) => (s.events[0].actors = ['A', '']),
		field: 'events[0].actors[1]',
		eventId: 'meeting',
		message: /Must not be empty/
	},
	{
		name: 'place not an object (it may be left out)',
		breakIt: (s) => (s.events[0].place = 'London'),
		field: 'events[0].place',
		eventId: 'meeting',
		message: /Expected an object, got a string/
	},
	{
		name: 'empty place name',
		breakIt: (s) => (s.events[0].place.name = ''),
		field: 'events[0].place.name',
		eventId: 'meeting',
		message: /Must not be empty/
	},
	{
		name: 'unknown place zone',
		breakIt: (s) => (s.events[1].place.timeZone = 'Washington'),
		field: 'events[1].place.timeZone',
		eventId: 'flight',
		message: /Unknown time zone "Washington"/
	},
	{
		name: 'missing when',
		breakIt: (s) => delete s.events[0].when,
		field: 'events[0].when',
		eventId: 'meeting',
		message: /missing/
	},
	{
		name: 'when basis',
		breakIt: (s) => (s.events[0].when.basis = 'told'),
		field: 'events[0].when.basis',
		eventId: 'meeting',
		message: /Expected one of/
	},
	{
		name: 'when text missing (null says "no words")',
		breakIt: (s) => delete s.events[1].when.text,
		field: 'events[1].when.text',
		eventId: 'flight',
		message: /missing/
	},
	{
		name: 'stated date without text',
		breakIt: (s) => (s.events[0].when.text = null),
		field: 'events[0].when.text',
		eventId: 'meeting',
		message: /A stated date needs "text"/
	},
	{
		name: 'empty expression',
		breakIt: (s) => (s.events[0].when.expression = ''),
		field: 'events[0].when.expression',
		eventId: 'meeting',
		message: /Must not be empty/
	},
	{
		name: 'inferred date without note',
		breakIt: (s) => delete s.events[1].when.note,
		field: 'events[1].when.note',
		eventId: 'flight',
		message: /An inferred date needs a "note"/
	},
	{
		name: 'inferred date with expression and sameAs',
		breakIt: (s) => (s.events[1].when.expression = 'today'),
		field: 'events[1].when',
		eventId: 'flight',
		message: /exactly one of "expression" and "sameAs"/
	},
	{
		name: 'inferred date with neither expression nor sameAs',
		breakIt: (s) => delete s.events[1].when.sameAs,
		field: 'events[1].when',
		eventId: 'flight',
		message: /exactly one of "expression" and "sameAs"/
	},
	{
		name: 'editorial date without expression',
		breakIt: (s) => (s.events[0].when = { text: null, basis: 'editorial', note: 'Wikipedia.' }),
		field: 'events[0].when.expression',
		eventId: 'meeting',
		message: /An editorial date needs an "expression"/
	},
	{
		name: 'editorial date without note',
		breakIt: (s) => (s.events[0].when = { text: null, basis: 'editorial', expression: 'today' }),
		field: 'events[0].when.note',
		eventId: 'meeting',
		message: /An editorial date needs a "note"/
	},
	{
		name: 'sameAs an unknown event',
		breakIt: (s) => (s.events[1].when.sameAs = 'meting'),
		field: 'events[1].when.sameAs',
		eventId: 'flight',
		message: /No event has the id "meting"/
	},
	{
		name: 'sameAs itself',
		breakIt: (s) => (s.events[1].when.sameAs = 'flight'),
		field: 'events[1].when.sameAs',
		eventId: 'flight',
		message: /cannot take its date from itself/
	},
	{
		name: 'sameAs on a stated date',
		breakIt: (s) => (s.events[0].when.sameAs = 'flight'),
		field: 'events[0].when.sameAs',
		eventId: 'meeting',
		message: /only for inferred dates/
	},
	{
		name: 'unknown direction',
		breakIt: (s) => (s.events[0].when.direction = 'forward'),
		field: 'events[0].when.direction',
		eventId: 'meeting',
		message: /Expected one of "past", "future"; got "forward"/
	},
	{
		name: 'target checked like when',
		breakIt: (s) => (s.events[0].target.basis = 'hoped'),
		field: 'events[0].target.basis',
		eventId: 'meeting',
		message: /Expected one of/
	},
	{
		name: 'target not an object',
		breakIt: (s) => (s.events[0].target = '2027'),
		field: 'events[0].target',
		eventId: 'meeting',
		message: /Expected an object, got a string/
	},
	{
		name: 'no excerpts',
		breakIt: (s) => (s.events[0].excerpts = []),
		field: 'events[0].excerpts',
		eventId: 'meeting',
		message: /at least one/
	},
	{
		name: 'excerpt from an unknown source',
		breakIt: (s) => (s.events[0].excerpts[0].source = 'radio'),
		field: 'events[0].excerpts[0].source',
		eventId: 'meeting',
		message: /No source of the story has the id "radio"/
	},
	{
		name: 'empty exact',
		breakIt: (s) => (s.events[1].excerpts[0].exact = ''),
		field: 'events[1].excerpts[0].exact',
		eventId: 'flight',
		message: /Must not be empty/
	},
	{
		name: 'prefix of the wrong type',
		breakIt: (s) => (s.events[1].excerpts[0].prefix = 1),
		field: 'events[1].excerpts[0].prefix',
		eventId: 'flight',
		message: /Expected a string, got a number/
	},
	{
		name: 'media with a javascript: address',
		breakIt: (s) => (s.events[0].media = { kind: 'link', url: 'javascript:alert(1)' }),
		field: 'events[0].media.url',
		eventId: 'meeting',
		message: /"javascript:alert\(1\)" is not an http\(s\) URL/
	},
	{
		name: 'image without alt text',
		breakIt: (s) => (s.events[0].media = { kind: 'image', url: 'https://example.com/a.jpg' }),
		field: 'events[0].media.alt',
		eventId: 'meeting',
		message: /An image needs "alt"/
	},
	{
		name: 'unknown media kind',
		breakIt: (s) => (s.events[0].media = { kind: 'video', url: 'https://example.com/a' }),
		field: 'events[0].media.kind',
		eventId: 'meeting',
		message: /Expected one of "image", "link"; got "video"/
	},
	{
		name: 'empty group',
		breakIt: (s) => (s.events[1].group = ' '),
		field: 'events[1].group',
		eventId: 'flight',
		message: /Must not be empty/
	},
	{
		name: 'when read against an unknown source',
		breakIt: (s) => (s.events[0].when.source = 'radio'),
		field: 'events[0].when.source',
		eventId: 'meeting',
		message: /No source of the story has the id "radio"/
	},
	{
		name: 'eras not an array',
		breakIt: (s) => (s.eras = { id: 'war' }),
		field: 'eras',
		message: /Expected an array, got an object/
	},
	{
		name: 'era without expression',
		breakIt: (s) => (s.eras = [{ id: 'war', label: 'The war' }]),
		field: 'eras[0].expression',
		message: /missing/
	},
	{
		name: 'duplicate era id',
		breakIt: (s) =>
			(s.eras = [
				{ id: 'war', label: 'The war', expression: '1939/1945' },
				{ id: 'war', label: 'The other war', expression: '1914/1918' }
			]),
		field: 'eras[1].id',
		message: /Duplicate era id "war", already used by eras\[0\]/
	},
	{
		name: '$schema not a string',
		breakIt: (s) => (s.$schema = true),
		field: '$schema',
		message: /Expected a string, got a boolean/
	},
	{
		name: 'context not an array',
		breakIt: (s) => (s.context = 'none'),
		field: 'context',
		message: /Expected an array/
	},
	{
		name: 'context without reason',
		breakIt: (s) => delete s.context[0].reason,
		field: 'context[0].reason',
		message: /missing/
	},
	{
		name: 'context from an unknown source',
		breakIt: (s) => (s.context[0].source = 'radio'),
		field: 'context[0].source',
		message: /No source/
	}
];

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

	it('reads a format 1 story and returns it as format 2', () => {
		const story: Loose = validStory();
		story.format = 'sourceline/story@1';
		const result = validateStory(story, FILE);
		expect(result).toEqual({ ok: true, story: { ...story, format: STORY_FORMAT } });
		expect(story.format).toBe('sourceline/story@1');
	});

	it('rejects a story that is not an object', () => {
		expect(validateStory([], FILE)).toEqual({
			ok: false,
			issues: [{ file: FILE, field: '(root)', message: 'Expected an object, got an array' }]
		});
	});

	it.each(rows)('reports $name', ({ breakIt, field, eventId, message }) => {
		const story: Loose = validStory();
		breakIt(story);
		const result = validateStory(story, FILE);
		expect(result.ok).toBe(false);
		const issues = result.ok ? [] : result.issues;
		const issue = issues.find((candidate) => candidate.field === field);
		expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
		expect(issue?.file).toBe(FILE);
		expect(issue?.eventId).toBe(eventId);
		expect(issue?.message).toMatch(message);
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
