import { describe, expect, it } from 'vitest';
import { loadRemoteStory, type Fetch } from '$lib/embed/remote/remoteStory';
import { loadTimelineCsv, looksLikeCsv } from './loadTimelineCsv';

const SHEET = new URL('https://docs.google.test/spreadsheets/d/e/x/pub?output=csv');
// The columns of TimelineJS's Google Sheets template, as "Publish to the web" writes them.
const HEADINGS =
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const csv = [
	HEADINGS,
	',,,,,,,,,Machines,A sample.,,,,,title,,',
	'1943,7,,,1946,,,,,ENIAC,"Built, at last.",,,,,,Hardware,',
	'1952,,,,,,,,In 1952,Compiler,Written.,,,,,,,'
].join('\r\n');

describe('loadTimelineCsv', () => {
	it('converts and loads a published sheet, credited to where it is', async () => {
		const result = await loadTimelineCsv(csv, SHEET);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const { story } = result;
		expect(story.title).toBe('Machines');
		expect(story.sources[0]).toMatchObject({
			publisher: 'TimelineJS spreadsheet at docs.google.test',
			url: SHEET.href,
			urlLabel: 'The TimelineJS spreadsheet',
			published: null
		});
		expect(story.events.map((e) => [e.id, e.group, e.when.start, e.when.end])).toEqual([
			['eniac', 'Hardware', '1943-07', '1946'],
			['compiler', undefined, '1952', '1952']
		]);
	});

	it('names the columns it expected in a sheet without them', async () => {
		const result = await loadTimelineCsv('Date,Title\n2025,Hello', SHEET);
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					file: SHEET.href,
					field: 'row 1',
					message:
						'Not a TimelineJS spreadsheet: no "Year", "Headline", "Text" column (found "Date", "Title")',
					says: {
						key: 'tljsNotSheet',
						values: { missing: '"Year", "Headline", "Text"', found: '"Date", "Title"' }
					}
				}
			]
		});
	});

	it.each([
		[HEADINGS, true],
		['\uFEFF  Year,Headline,Text', true],
		['<!doctype html><p>a, b</p>', false],
		['{"a": 1, "b": 2', false],
		['just words', false]
	])('looksLikeCsv(%j) is %s', (text, expected) => {
		expect(looksLikeCsv(text)).toBe(expected);
	});
});

describe('loadRemoteStory with a published sheet', () => {
	it('draws a CSV by ?src=, though it is not JSON', async () => {
		const fetch: Fetch = async () =>
			new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
		const result = await loadRemoteStory(SHEET.href, 'https://sourceline.test/embed', fetch);
		expect(result.ok && result.story.events.map((e) => e.title)).toEqual(['ENIAC', 'Compiler']);
	});

	it('names the expected columns for a CSV of other columns', async () => {
		const fetch: Fetch = async () => new Response('Date,Title\n2025,Hello');
		const result = await loadRemoteStory(SHEET.href, 'https://sourceline.test/embed', fetch);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem).toMatchObject({
			kind: 'invalid',
			issues: [expect.objectContaining({ message: expect.stringMatching(/no "Year", "Headline"/) })]
		});
	});
});
