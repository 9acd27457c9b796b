import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventInput, StoryInput } from '../../story/storyInput';
import { importTimelineJs } from './importTimelineJs';
import { importTimelineJson } from './importTimelineJson';
import { isTimelineJs } from './isTimelineJs';
import type { ImportOptions } from './toStory';

const packageRoot = dirname(
	createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')
);
const sample = (path: string) => readFileSync(join(packageRoot, path), 'utf8');

const options: ImportOptions = {
	file: 'timeline.json',
	publisher: 'Knight Lab',
	published: { date: '2025-01-01', timeZone: 'UTC', basis: 'editorial', note: 'test' },
	language: 'en',
	timeZone: 'UTC'
};

function imported(input: unknown, extra: Partial<ImportOptions> = {}): StoryInput {
	const result = importTimelineJson(input, { ...options, ...extra });
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.story;
}

/** Each excerpt, found where its prefix and suffix put it: one place only. */
function placesOf(story: StoryInput, event: EventInput): number[] {
	const text = story.sources[0]!.text!;
	const [excerpt] = event.excerpts;
	const places: number[] = [];
	for (
		let at = text.indexOf(excerpt!.exact);
		at !== -1;
		at = text.indexOf(excerpt!.exact, at + 1)
	) {
		const before = text.slice(0, at).endsWith(excerpt!.prefix ?? '');
		const after = text.startsWith(excerpt!.suffix ?? '', at + excerpt!.exact.length);
		if (before && after) places.push(at);
	}
	return places;
}

const slide = (year: string, headline: string, more: Record<string, unknown> = {}) => ({
	start_date: { year },
	text: { headline, text: '' },
	...more
});

describe('the women-in-computing sample sheet (CSV)', () => {
	const result = importTimelineJs(sample('src/js/core/__tests__/women_in_computing.csv'), {
		...options,
		file: 'women_in_computing.csv'
	});
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	const { story, warnings } = result;
	const byId = new Map(story.events.map((e) => [e.id, e]));

	it('takes the title slide as the title and summary', () => {
		expect(story.id).toBe('women-in-computing');
		expect(story.title).toBe('Women in Computing');
		expect(story.summary).toMatch(/^In this sample timeline, we’ll walk you through/);
	});

	it('turns every other row into an event with its dates at their own precision', () => {
		expect(story.events.map((e) => [e.id, e.when.expression])).toEqual([
			['ada-lovelace', '1815-12-10/1852-11-27'],
			['edith-clarke-bucking-the-trend', '1948-03-14'],
			['and-the-women-who-made-it-work', '1943-07/1946'],
			['the-first-computer', '1943-06-05'],
			['rozsa-peter-writes-recursion', '1951'],
			['grace-hopper-invents-the-compiler', '1952'],
			['contributions-to-space-exploration', '1956/1962'],
			['the-first-phd-in-computer-science', '1958'],
			['karen-sparck-jones-makes-search-possible', '1972'],
			['the-mother-of-the-internet', '1985']
		]);
		// The sheet's date columns state every date: stated, at the precision of the columns,
		// its words the date line written into the slide's block (no row has a Display Date).
		for (const event of story.events) {
			expect(event.when).toMatchObject({
				basis: 'stated',
				text: event.when.expression,
				source: 'timeline'
			});
			expect(event.when.note).toMatch(/Year, Month, Day.*; the date words are those fields/);
			expect(event.excerpts[0]!.exact.split('\n')[1]).toBe(event.when.expression);
		}
	});

	it('keeps a link’s words in the text and its address as a style over them, never markup', () => {
		const [source] = story.sources;
		expect(source!.text).toContain('Take Ada Lovelace: Daughter');
		expect(source!.text).not.toMatch(/<|>/);
		const link = source!.styles!.find((style) => style.exact === 'Ada Lovelace')!;
		expect(link).toMatchObject({
			style: 'link',
			href: 'https://en.wikipedia.org/wiki/Ada_Lovelace'
		});
		expect(source!.text!.slice(link.start, link.end)).toBe('Ada Lovelace');
	});

	it('quotes each slide exactly once in the source text', () => {
		for (const event of story.events) expect(placesOf(story, event)).toHaveLength(1);
	});

	it('maps media: an image with its credit, players’ addresses to their kinds, links for pages, and drops markup with a warning', () => {
		expect(byId.get('ada-lovelace')!.media).toMatchObject({
			kind: 'image',
			url: expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\/.*\.jpg$/),
			credit: 'Wikimedia Commons',
			caption: expect.stringMatching(/^Portrait by Alfred Edward Chalon/)
		});
		expect(byId.get('grace-hopper-invents-the-compiler')!.media).toMatchObject({
			kind: 'audio',
			url: 'https://soundcloud.com/obamawhitehouse/grace-hopper-as-told-by-u-s'
		});
		expect(byId.get('and-the-women-who-made-it-work')!.media).toMatchObject({
			kind: 'video',
			url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
			caption: 'Jean Bartik talks about the ENIAC women'
		});
		expect(byId.get('contributions-to-space-exploration')!.media).toMatchObject({
			kind: 'video',
			url: 'https://vimeo.com/304869290'
		});
		// Google Maps has no keyless embed: its link stays a link.
		expect(byId.get('the-first-computer')!.media).toMatchObject({
			kind: 'link',
			url: expect.stringMatching(/^https:\/\/www\.google\.com\/maps\//)
		});
		expect(byId.get('rozsa-peter-writes-recursion')!.media).toMatchObject({ kind: 'link' });
		expect(byId.get('edith-clarke-bucking-the-trend')!.media).toBeUndefined();
		expect(warnings).toEqual([
			expect.objectContaining({
				field: 'row 4 (“Edith Clarke: Bucking the Trend”) › Media',
				message: expect.stringMatching(/^Dropped: "<blockquote>.*not an http\(s\) address/)
			})
		]);
	});
});

describe('TimelineJS JSON samples', () => {
	it('eras.json: eras and year ranges', () => {
		const story = imported(JSON.parse(sample('src/template/eras.json')));
		expect(story.eras).toEqual([
			{ id: 'era-test-650-700', label: 'Era Test 650-700', expression: '0650/0700' },
			{ id: 'era-test-600-650', label: 'Era Test 600-650', expression: '0600/0650' },
			{ id: 'era-test-700-720', label: 'Era Test 700-720', expression: '0700/0720' }
		]);
		expect(story.events[2]!.when.expression).toBe('0622-08-09/0622-08-23');
		for (const event of story.events) expect(placesOf(story, event)).toHaveLength(1);
	});

	it('all-media-types.json: groups, and media other than http(s) dropped', () => {
		const result = importTimelineJson(
			JSON.parse(sample('src/template/all-media-types.json')),
			options
		);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const groups = new Set(result.story.events.map((e) => e.group));
		expect(groups).toEqual(new Set(['Video', 'Social Media', 'Audio', 'HTML', 'Image', undefined]));
		for (const event of result.story.events)
			if (event.media) expect(event.media.url).toMatch(/^https?:\/\//);
		expect(result.warnings.every((w) => /media\.url/.test(w.field))).toBe(true);
		expect(result.warnings.length).toBeGreaterThan(0);
	});

	it('cosmo.json: years before the common era and past 9999', () => {
		const story = imported(JSON.parse(sample('src/template/cosmo.json')));
		expect(story.events.map((e) => e.when.expression)).toContain('Y-13799999999');
		expect(story.events.map((e) => e.when.expression)).toContain('-3499');
	});
});

describe('hand-made timelines', () => {
	it('month-only, time ranges in a zone, and display dates as the date words', () => {
		const story = imported(
			{
				title: { text: { headline: 'A <i>day</i>', text: '<p>Summary.</p>' } },
				events: [
					slide('1970', 'April', { start_date: { year: 1970, month: 4 } }),
					{
						start_date: { year: 2025, month: 2, day: 27, hour: 9, minute: 30 },
						end_date: { year: 2025, month: 2, day: 27, hour: 11 },
						display_date: 'Thursday morning',
						text: { headline: 'Talks', text: 'They met.' }
					}
				]
			},
			{ timeZone: 'America/New_York' }
		);
		expect(story.title).toBe('A day');
		expect(story.displayTimeZone).toBe('America/New_York');
		expect(story.events[0]!.when).toMatchObject({
			basis: 'stated',
			text: '1970-04',
			expression: '1970-04'
		});
		expect(story.events[0]!.excerpts[0]!.exact).toBe('April\n1970-04');
		// The display date gives the words; the precision is the date fields'.
		expect(story.events[1]!.when).toMatchObject({
			basis: 'stated',
			text: 'Thursday morning',
			expression: '2025-02-27T09:30-05:00/2025-02-27T11:00-05:00',
			note: expect.stringMatching(/the date words are its display_date$/)
		});
		// The date words are in the event's own quote.
		expect(story.events[1]!.excerpts[0]!.exact).toBe('Talks\nThursday morning\nThey met.');
	});

	it('gives unique ids to repeated headlines and tells apart a slide that begins another', () => {
		const story = imported({
			events: [
				{ ...slide('2001', 'Vote'), text: { headline: 'Vote', text: 'Held again.' } },
				slide('2000', 'Vote')
			]
		});
		expect(story.events.map((e) => e.id)).toEqual(['vote', 'vote-2']);
		for (const event of story.events) expect(placesOf(story, event)).toHaveLength(1);
	});

	it.each([
		['https://youtu.be/aPweFhhXFvY', 'video'],
		['https://vimeo.com/304869290', 'video'],
		['https://soundcloud.com/artist/track', 'audio'],
		['https://www.openstreetmap.org/?mlat=51.5&mlon=-0.12', 'map'],
		['https://www.openstreetmap.org/node/123', 'link'],
		['https://youtube.com.evil.example/watch?v=aPweFhhXFvY', 'link'],
		['https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg', 'link']
	])('media at %s becomes a %s', (url, kind) => {
		const story = imported({ events: [{ ...slide('2001', 'Vote'), media: { url } }] });
		expect(story.events[0]!.media).toEqual({ kind, url });
	});

	it('hostile HTML and javascript: links come out as inert text', () => {
		const story = imported({
			events: [
				{
					start_date: { year: '2020' },
					group: '<b onmouseover="x()">Team</b>',
					text: {
						headline: '<img src=x onerror="alert(1)">Headline',
						text: '<a href="javascript:alert(1)">click</a><script>steal()</script> end'
					},
					media: { url: 'javascript:alert(1)' }
				}
			]
		});
		const [event] = story.events;
		expect(event!.title).toBe('Headline');
		expect(event!.group).toBe('Team');
		expect(event!.media).toBeUndefined();
		expect(story.sources[0]!.text).toBe('Headline\n2020\nclick end\n');
	});

	const bad: { name: string; input: unknown; field: string; message: RegExp }[] = [
		{ name: 'not an object', input: [], field: '(root)', message: /JSON object/ },
		{ name: 'no events', input: { events: [] }, field: 'events', message: /no events/ },
		{
			name: 'a slide that is a string',
			input: { events: ['x'] },
			field: 'events[0]',
			message: /object/
		},
		{
			name: 'no start date',
			input: { events: [{ text: { headline: 'Lost' } }] },
			field: 'events[0] (“Lost”) › start_date',
			message: /needs a start date/
		},
		{
			name: 'a bad month',
			input: { events: [slide('2000', 'Odd', { start_date: { year: 2000, month: 'May' } })] },
			field: 'events[0] (“Odd”) › start_date.month',
			message: /"May" is not a whole number/
		},
		{
			name: 'an end before its start',
			input: { events: [slide('2000', 'Back', { end_date: { year: 1999 } })] },
			field: 'events[0] (“Back”) › end_date',
			message: /comes before the start/
		},
		{
			name: 'a headline that is a number',
			input: { events: [{ start_date: { year: 1 }, text: { headline: 5 } }] },
			field: 'events[0] › text.headline',
			message: /Expected a string, got a number/
		},
		{
			name: 'a slide with no words',
			input: { events: [{ start_date: { year: 1 }, text: { headline: '<br>' } }] },
			field: 'events[0] › text',
			message: /nothing to quote/
		},
		{
			name: 'two slides with the same words',
			input: { events: [slide('2000', 'Same'), slide('2000', 'Same')] },
			field: 'events[1] (“Same”) › text',
			message: /Repeats events\[0\]/
		},
		{
			name: 'an era without an end',
			input: { events: [slide('2000', 'A')], eras: [slide('1990', 'Era')] },
			field: 'eras[0] (“Era”) › end_date',
			message: /needs an end date/
		}
	];
	it.each(bad)('$name: a named problem, no throw', ({ input, field, message }) => {
		const result = importTimelineJson(input, options);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]).toMatchObject({
			file: 'timeline.json',
			field,
			message: expect.stringMatching(message)
		});
	});

	it('a spreadsheet row with a bad time names the row and the column', () => {
		const sheet = (time: string) =>
			importTimelineJs(`Year,Month,Day,Time,Headline,Text\n2020,1,2,${time},Late,Words\n`, {
				...options,
				file: 'sheet.csv'
			});
		expect(sheet('25:00')).toEqual({
			ok: false,
			issues: [
				{
					file: 'sheet.csv',
					field: 'row 2 (“Late”) › Time',
					message: '25 is not an hour (0–23)',
					says: { key: 'tljsNotHour', values: { value: '25', min: 0, max: 23 } }
				}
			]
		});
		expect(sheet('noon')).toEqual({
			ok: false,
			issues: [
				{
					file: 'sheet.csv',
					field: 'row 2, Time',
					message: expect.stringMatching(/"noon" is not a time/),
					says: { key: 'tljsNotTime', values: { value: 'noon' } }
				}
			]
		});
	});

	it('a file that is neither JSON nor a TimelineJS sheet says so', () => {
		const result = importTimelineJs('name,age\nAda,36\n', { ...options, file: 'people.csv' });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issues[0]!.message).toMatch(/no "Year", "Headline", "Text" column/);
		expect(importTimelineJs('{"events": [', options)).toMatchObject({ ok: false });
	});
});

describe('isTimelineJs', () => {
	it.each([
		[{ events: [{ start_date: { year: 1 } }] }, true],
		[{ title: { text: {} }, events: [] }, true],
		[{ format: 'sourceline/story@2', events: [{ start_date: {} }] }, false],
		[{ events: [{ when: {} }] }, false],
		[{ events: 'x' }, false],
		[null, false],
		[[], false]
	])('%j → %s', (json, expected) => {
		expect(isTimelineJs(json)).toBe(expected);
	});
});

describe('the committed second story', () => {
	it('holds exactly what the importer makes of the sample sheet', () => {
		const folder = new URL('../../../data/stories/women-in-computing/', import.meta.url);
		const committed = JSON.parse(readFileSync(new URL('story.json', folder), 'utf8'));
		const result = importTimelineJs(sample('src/js/core/__tests__/women_in_computing.csv'), {
			...options,
			language: 'en-US'
		});
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const [source] = committed.sources;
		expect(readFileSync(new URL(source.file, folder), 'utf8')).toBe(result.story.sources[0]!.text);
		expect(committed.events).toEqual(result.story.events);
		expect(source.license).toBe('MPL-2.0');
	});
});
