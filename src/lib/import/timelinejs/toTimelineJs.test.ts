import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { stories } from '$lib/server/stories';
import { loadStory } from '$lib/story/loadStory';
import { loadTestStory, testEvent, testSource, testStory } from '$lib/story/testing';
import type { ResolvedStory } from '$lib/story/types';
import { importTimelineJs } from './importTimelineJs';
import {
	storyToTimelineCsv,
	storyToTimelineJson,
	timelineJsDateOf,
	TIMELINE_CSV_COLUMNS
} from './toTimelineJs';

const options = {
	file: 'export.csv',
	publisher: 'The Paper',
	published: null,
	language: 'en-GB',
	timeZone: 'Europe/London'
};

/** What TimelineJS gets, read back by our own importer and loader. */
function roundTrip(contents: string): ResolvedStory {
	const imported = importTimelineJs(contents, options);
	if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
	const loaded = loadStory(imported.story, options.file);
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
	return loaded.story;
}

/** Each event's title, group and dates, by title (events on the same dates may swap places). */
const facts = (story: ResolvedStory) =>
	story.events
		.map((e) => [e.title, e.group, e.when.start, e.when.end, e.when.precision])
		.sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('storyToTimelineCsv', () => {
	it('writes TimelineJS’s columns in its template’s order, a title row first', () => {
		const rows = csvParseRows(storyToTimelineCsv(loadTestStory(testStory())));
		expect(rows[0]).toEqual([...TIMELINE_CSV_COLUMNS]);
		expect(rows[1]![TIMELINE_CSV_COLUMNS.indexOf('Type')]).toBe('title');
		expect(rows[2]!.slice(0, 4)).toEqual(['2025', '2', '25', '']);
		expect(rows[2]![TIMELINE_CSV_COLUMNS.indexOf('Display Date')]).toBe('on Tuesday');
	});

	it('ends every row with CRLF and quotes a field with a comma, a quote or a line break', () => {
		const title = 'Talks, then "a vote"';
		const csv = storyToTimelineCsv(
			loadTestStory(testStory({ events: [testEvent('vote', { title, summary: 'One\ntwo' })] }))
		);
		expect(csv.endsWith('\r\n')).toBe(true);
		// Outside quoted fields, every line break is a CRLF.
		expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
		expect(csv).toContain(',"Talks, then &quot;a vote&quot;",');
		expect(csv).toContain('"<p>One\ntwo</p>');
		const rows = csvParseRows(csv.replace(/\r\n$/, ''));
		expect(rows[2]![TIMELINE_CSV_COLUMNS.indexOf('Headline')]).toBe(
			'Talks, then &quot;a vote&quot;'
		);
	});

	it.each(stories.map((story) => [story.id, story] as const))(
		'%s comes back with the same events, dates and groups, as CSV and as JSON',
		(_, story) => {
			const fromCsv = roundTrip(storyToTimelineCsv(story));
			const fromJson = roundTrip(JSON.stringify(storyToTimelineJson(story)));
			expect(facts(fromCsv)).toEqual(facts(story));
			expect(facts(fromJson)).toEqual(facts(fromCsv));
			expect(fromCsv.eras.map((era) => [era.label, era.start, era.end])).toEqual(
				story.eras.map((era) => [era.label, era.start, era.end])
			);
		}
	);

	it('gives TimelineJS players’ addresses as written (it plays them itself), and reads them back as their kinds', () => {
		const media = [
			{ kind: 'video', url: 'https://www.youtube.com/watch?v=aPweFhhXFvY', caption: 'Talk' },
			{ kind: 'video', url: 'https://vimeo.com/304869290', credit: 'Archives' },
			{ kind: 'audio', url: 'https://soundcloud.com/artist/track' },
			{ kind: 'map', url: 'https://www.openstreetmap.org/#map=15/39.95222/-75.19321' },
			{ kind: 'link', url: 'https://www.google.com/maps/@39.95,-75.19,17z' }
		] as const;
		const story = loadTestStory(
			testStory({
				events: media.map((m, i) =>
					testEvent(`event-${i}`, { title: `Event ${i}`, media: { ...m } })
				)
			})
		);
		const file = storyToTimelineJson(story);
		expect(file.events.map((e) => e.media?.url)).toEqual(media.map((m) => m.url));
		const byTitle = (s: ResolvedStory) =>
			s.events
				.map((e) => [e.title, e.media])
				.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		expect(byTitle(roundTrip(JSON.stringify(file)))).toEqual(byTitle(story));
		expect(byTitle(roundTrip(storyToTimelineCsv(story)))).toEqual(byTitle(story));
	});

	it('escapes text, which TimelineJS reads as HTML', () => {
		const story = loadTestStory(
			testStory({
				title: 'A <b>bold</b> & "quoted" title',
				events: [testEvent('starmer-flight', { title: '<img src=x onerror=alert(1)>' })]
			})
		);
		const file = storyToTimelineJson(story);
		expect(file.title.text.headline).toBe(
			'A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title'
		);
		expect(file.events[0]!.text.headline).not.toContain('<');
		// Read back, the words are as they were.
		expect(roundTrip(storyToTimelineCsv(story)).events[0]!.title).toBe(
			'<img src=x onerror=alert(1)>'
		);
	});
});

describe('a quote’s styles', () => {
	const story = loadTestStory(
		testStory({
			sources: [
				testSource({
					text: 'Starmer flew to <Washington> on Tuesday.',
					styles: [
						{ exact: 'Starmer flew', style: 'emphasis' },
						{ exact: 'flew to <Washington>', style: 'link', href: 'https://a.test/?x="1"&y' },
						{ exact: 'Tuesday', style: 'strong' }
					]
				})
			],
			events: [
				testEvent('starmer-flight', {
					excerpts: [{ source: 'paper', exact: 'flew to <Washington> on Tuesday' }]
				})
			]
		})
	);

	it('are written as well-nested elements around the escaped words, cut to the quote', () => {
		const text = storyToTimelineJson(story).events[0]!.text.text;
		expect(text).toContain(
			'<blockquote><a href="https://a.test/?x=&quot;1&quot;&amp;y"><em>flew</em> to &lt;Washington&gt;</a>' +
				' on <strong>Tuesday</strong></blockquote>'
		);
	});

	it('come back as styles when the file is read again', () => {
		const [source] = roundTrip(storyToTimelineCsv(story)).sources;
		const shown = source!.styles!.map((s) => [s.style, s.exact, s.href]);
		expect(shown).toEqual(
			expect.arrayContaining([
				['link', 'flew to <Washington>', 'https://a.test/?x="1"&y'],
				['emphasis', 'flew', undefined],
				['strong', 'Tuesday', undefined]
			])
		);
	});
});

describe('timelineJsDateOf', () => {
	it.each([
		['1843', { year: 1843 }],
		['1843-07', { year: 1843, month: 7 }],
		['-0043-03-15', { year: -44, month: 3, day: 15 }],
		['0000', { year: -1 }],
		['2025-02-27T09:30:00+00:00', { year: 2025, month: 2, day: 27, hour: 9, minute: 30 }],
		['Y-170000', { year: -170001 }]
	])('%s', (value, date) => {
		expect(timelineJsDateOf(value)).toEqual(date);
	});
});
