import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, parseEmbedTheme, type EmbedOptions, type StoryFacts } from './options';

/** Wall-clock ms of a time on the display zone's clock (see wallClock.ts): its UTC fields. */
const wall = (iso: string) => Date.parse(`${iso}Z`);

const STORY: StoryFacts = {
	eventIds: new Set(['macron-visit', 'zelenskyy-meets-trump']),
	// Winter: London is on UTC+0, New York on UTC−5.
	displayTimeZone: 'America/New_York',
	domain: [wall('2025-02-18T12:00'), wall('2025-03-03T12:00')]
};

const DEFAULTS: EmbedOptions = {
	event: null,
	range: null,
	panel: 'closed',
	hide: [],
	export: false
};

interface Row {
	name: string;
	query: string;
	expected: Partial<EmbedOptions>;
	warnings?: RegExp[];
}

const rows: Row[] = [
	{ name: 'no options', query: '', expected: {} },
	{ name: 'empty values count as not given', query: 'event=&from=&panel=', expected: {} },
	{
		name: 'pym’s own parameters are no options of ours',
		query: 'initialWidth=600&childId=x&parentTitle=Host&parentUrl=https%3A%2F%2Fhost.test%2F',
		expected: {}
	},
	{
		name: 'a known event opens the panel by default',
		query: 'event=macron-visit',
		expected: { event: 'macron-visit', panel: 'open' }
	},
	{
		name: 'an event with the panel kept closed',
		query: 'event=macron-visit&panel=closed',
		expected: { event: 'macron-visit', panel: 'closed' }
	},
	{ name: 'the panel open with no event', query: 'panel=open', expected: { panel: 'open' } },
	{
		name: 'the Export menu, where the host asks for it',
		query: 'export=1',
		expected: { export: true }
	},
	{ name: 'no Export menu when the host says so', query: 'export=0', expected: {} },
	{
		name: 'a bad export value is ignored',
		query: 'export=yes',
		expected: {},
		warnings: [/export="yes": expected 1 or 0/]
	},
	{
		name: 'an unknown event is ignored',
		query: 'event=nope',
		expected: {},
		warnings: [/event="nope": the story has no event/]
	},
	{
		name: 'a bad panel value is ignored',
		query: 'event=macron-visit&panel=wide',
		expected: { event: 'macron-visit', panel: 'open' },
		warnings: [/panel="wide": expected open or closed/]
	},
	{
		name: 'days: from its first moment to the end of the last day',
		query: 'from=2025-02-24&to=2025-02-26',
		expected: { range: [wall('2025-02-24T00:00'), wall('2025-02-27T00:00')] }
	},
	{
		name: 'a clock time is read on the display zone’s clock',
		query: 'from=2025-02-24T09:30&to=2025-02-24T18:00:00',
		expected: { range: [wall('2025-02-24T09:30'), wall('2025-02-24T18:00')] }
	},
	{
		name: 'an instant with an offset is moved to the display zone’s clock',
		query: 'from=2025-02-24T15:00Z&to=2025-02-25T00:00%2B01:00',
		expected: { range: [wall('2025-02-24T10:00'), wall('2025-02-24T18:00')] }
	},
	{
		name: 'only from: up to the end of the story',
		query: 'from=2025-02-27',
		expected: { range: [wall('2025-02-27T00:00'), STORY.domain[1]] }
	},
	{
		name: 'only to: from the start of the story',
		query: 'to=2025-02-20',
		expected: { range: [STORY.domain[0], wall('2025-02-21T00:00')] }
	},
	{
		name: 'not a date',
		query: 'from=last%20week&to=2025-02-26',
		expected: { range: [STORY.domain[0], wall('2025-02-27T00:00')] },
		warnings: [/from="last week": expected a date such as 2025-02-24/]
	},
	{
		name: 'no such day',
		query: 'from=2025-02-30',
		expected: {},
		warnings: [/from="2025-02-30"/]
	},
	{
		name: 'from after to',
		query: 'from=2025-02-26&to=2025-02-24',
		expected: {},
		warnings: [/from must come before to/]
	},
	{
		name: 'a range outside the story',
		query: 'from=2024-01-01&to=2024-01-31',
		expected: {},
		warnings: [/outside the story’s dates/]
	},
	{
		name: 'a from past the story’s end',
		query: 'from=2025-06-01',
		expected: {},
		warnings: [/outside the story’s dates/]
	},
	{
		name: 'parts to hide, by commas or spaces, in one order whatever the order given',
		query: 'hide=legend,title%20help',
		expected: { hide: ['title', 'help', 'legend'] }
	},
	{
		name: 'every part hidden, one named twice',
		query: 'hide=summary,title,legend,search,help,title',
		expected: { hide: ['title', 'summary', 'search', 'help', 'legend'] }
	},
	{
		name: 'a part the embed does not have is ignored, the others kept',
		query: 'hide=title,,Masthead',
		expected: { hide: ['title'] },
		warnings: [/hide="Masthead": expected title, summary, search, help or legend/]
	},
	{
		name: 'several bad values: each one is named',
		query: 'event=x&from=y&panel=z',
		expected: {},
		warnings: [/event="x"/, /from="y"/, /panel="z"/]
	}
];

describe('parseEmbedOptions', () => {
	it.each(rows)('$name', ({ query, expected, warnings = [] }) => {
		const parsed = parseEmbedOptions(new URLSearchParams(query), STORY);
		expect(parsed.value).toEqual({ ...DEFAULTS, ...expected });
		expect(parsed.warnings).toHaveLength(warnings.length);
		warnings.forEach((pattern, i) => expect(parsed.warnings[i]).toMatch(pattern));
	});
});

describe('parseEmbedTheme', () => {
	it.each([
		{ query: '', theme: 'auto', warned: false },
		{ query: 'theme=light', theme: 'light', warned: false },
		{ query: 'theme=dark', theme: 'dark', warned: false },
		{ query: 'theme=auto', theme: 'auto', warned: false },
		{ query: 'theme=Dark', theme: 'auto', warned: true },
		{ query: 'theme=sepia', theme: 'auto', warned: true }
	])('$query gives $theme', ({ query, theme, warned }) => {
		const parsed = parseEmbedTheme(new URLSearchParams(query));
		expect(parsed.value).toBe(theme);
		expect(parsed.warnings.length > 0).toBe(warned);
		if (warned) expect(parsed.warnings[0]).toMatch(/expected light, dark or auto/);
	});
});
