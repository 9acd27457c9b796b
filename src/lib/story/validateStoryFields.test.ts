import { describe, it } from 'vitest';
import { expectIssue, type IssueRow } from './testing';

// Each way to break the story's own fields, its sources, eras and context, and where validation reports it.

const rows: IssueRow[] = [
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
	it.each(rows)('reports $name', expectIssue);
});
