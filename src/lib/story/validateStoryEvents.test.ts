import { describe, it } from 'vitest';
import { expectIssue, type IssueRow } from './testing';

// Each way to break an event, and where validation reports it.

const rows: IssueRow[] = [
	// A title of 2,000 characters without a space stretched the plot to 27,013 px.
	{
		name: 'title too long',
		breakIt: (s) => (s.events[0].title = 'x'.repeat(2000)),
		field: 'events[0].title',
		eventId: 'meeting',
		message: /^Too long: 2,000 characters, where at most 300 fit$/
	},
	{
		name: 'summary too long',
		breakIt: (s) => (s.events[0].summary = 'word '.repeat(1001)),
		field: 'events[0].summary',
		eventId: 'meeting',
		message: /^Too long: 5,005 characters, where at most 5,000 fit$/
	},
	{
		name: 'id too long',
		breakIt: (s) => (s.events[0].id = 'a'.repeat(201)),
		field: 'events[0].id',
		eventId: 'a'.repeat(201),
		message: /^Too long: 201 characters, where at most 200 fit$/
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
		breakIt: (s) => (s.events[0].media = { kind: 'film', url: 'https://example.com/a' }),
		field: 'events[0].media.kind',
		eventId: 'meeting',
		message: /Expected one of "image", "link", "video", "audio", "map"; got "film"/
	},
	{
		name: 'video from a host with no player the site embeds',
		breakIt: (s) => (s.events[0].media = { kind: 'video', url: 'https://example.com/a.mp4' }),
		field: 'events[0].media.url',
		eventId: 'meeting',
		message: /^"video" media plays only from YouTube or Vimeo: use "link" for other addresses$/
	},
	{
		name: 'video from a look-alike host',
		breakIt: (s) =>
			(s.events[0].media = {
				kind: 'video',
				url: 'https://youtube.com.evil.example/watch?v=aPweFhhXFvY'
			}),
		field: 'events[0].media.url',
		eventId: 'meeting',
		message: /"video" media plays only from YouTube or Vimeo/
	},
	{
		name: 'audio off SoundCloud',
		breakIt: (s) => (s.events[0].media = { kind: 'audio', url: 'https://vimeo.com/1' }),
		field: 'events[0].media.url',
		eventId: 'meeting',
		message: /"audio" media plays only from SoundCloud/
	},
	{
		name: 'map from Google Maps (no keyless embed)',
		breakIt: (s) =>
			(s.events[0].media = { kind: 'map', url: 'https://www.google.com/maps/@39.95,-75.19,17z' }),
		field: 'events[0].media.url',
		eventId: 'meeting',
		message: /"map" media plays only from OpenStreetMap/
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
	}
];

describe('validateStory', () => {
	it.each(rows)('reports $name', expectIssue);
});
