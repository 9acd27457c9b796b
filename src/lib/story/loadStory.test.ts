import { describe, expect, it } from 'vitest';
import { formatStoryIssues, loadStory } from './loadStory';
import { loadTestStory, TEST_FILE, testEvent, testSource, testStory } from './testing';
import { STORY_FORMAT, type StoryInput, type StoryIssue } from './types';

const FILE = TEST_FILE;

const TEXT = [
	'Macron visited the White House earlier this week.',
	'Starmer flew to Washington on Tuesday.',
	'On the plane he said Putin will “come again”.',
	'Zelenskyy meets Trump this Friday.',
	'He pledged more for defence by 2027.',
	'A source spoke to us this week.',
	'Analysis: this is a turning point.'
].join('\n');

const WASHINGTON = { name: 'Washington DC', timeZone: 'America/New_York' };

/** A small story whose events are authored out of time order. */
function story(): StoryInput {
	return testStory({
		sources: [testSource({ file: 'article.txt', text: TEXT })],
		events: [
			testEvent('zelenskyy-meets-trump', {
				place: WASHINGTON,
				when: { text: 'this Friday', basis: 'stated' },
				excerpts: [{ source: 'paper', exact: 'Zelenskyy meets Trump this Friday.' }]
			}),
			testEvent('starmer-remarks', {
				when: { text: null, basis: 'inferred', sameAs: 'starmer-flight', note: 'On the plane.' },
				excerpts: [{ source: 'paper', exact: 'Putin will “come again”' }]
			}),
			testEvent('macron-visit', {
				place: WASHINGTON,
				when: { text: 'earlier this week', basis: 'stated' },
				excerpts: [{ source: 'paper', exact: 'Macron visited the White House earlier this week.' }]
			}),
			testEvent('starmer-flight', { when: { text: 'on Tuesday', basis: 'stated' } }),
			testEvent('source-spoke', {
				when: {
					text: null,
					basis: 'inferred',
					expression: 'so far this week',
					note: 'Before print.'
				},
				excerpts: [{ source: 'paper', exact: 'A source spoke to us' }]
			}),
			testEvent('pledge', {
				when: {
					text: null,
					basis: 'inferred',
					expression: 'earlier this week',
					note: 'Before print.'
				},
				target: { text: 'by 2027', basis: 'stated' },
				excerpts: [{ source: 'paper', exact: 'He pledged more for defence by 2027.' }]
			})
		],
		context: [{ source: 'paper', exact: 'this is a turning point', reason: 'Analysis.' }]
	});
}

function issuesOf(input: unknown): StoryIssue[] {
	const result = loadStory(input, FILE);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.issues;
}

const loaded = (input: StoryInput) => loadTestStory(input);

describe('loadStory', () => {
	it('sorts events by start, then end, then id', () => {
		const events = loaded(story()).events;
		expect(events.map((e) => [e.id, e.when.startsAt, e.when.endsAt])).toEqual([
			['pledge', '2025-02-24T00:00:00.000Z', '2025-02-27T00:00:00.000Z'],
			['source-spoke', '2025-02-24T00:00:00.000Z', '2025-02-28T00:00:00.000Z'],
			['macron-visit', '2025-02-24T05:00:00.000Z', '2025-02-27T05:00:00.000Z'],
			['starmer-flight', '2025-02-25T00:00:00.000Z', '2025-02-26T00:00:00.000Z'],
			['starmer-remarks', '2025-02-25T00:00:00.000Z', '2025-02-26T00:00:00.000Z'],
			['zelenskyy-meets-trump', '2025-02-28T05:00:00.000Z', '2025-03-01T05:00:00.000Z']
		]);
	});

	it('keeps authored fields and adds the resolved ones', () => {
		const input = story();
		const result = loaded(input);
		const pledge = result.events.find((e) => e.id === 'pledge');
		expect(pledge).toMatchObject({
			title: 'pledge',
			kind: 'other',
			when: {
				basis: 'inferred',
				expression: 'earlier this week',
				note: 'Before print.',
				start: '2025-02-24',
				end: '2025-02-26',
				precision: 'span',
				timeZone: 'Europe/London'
			},
			target: {
				text: 'by 2027',
				start: '2025-02-27',
				end: '2027-12-31',
				modifier: 'before',
				precision: 'span'
			}
		});
		expect(pledge?.excerpts[0]).toEqual({
			source: 'paper',
			exact: 'He pledged more for defence by 2027.',
			prefix: TEXT.slice(TEXT.indexOf('He pledged') - 32, TEXT.indexOf('He pledged')),
			suffix: TEXT.slice(TEXT.indexOf('A source') - 1, TEXT.indexOf('A source') + 31),
			start: TEXT.indexOf('He pledged'),
			end: TEXT.indexOf('He pledged') + 36
		});
		expect(result.sources[0]?.text).toBe(TEXT);
		expect(result.context).toEqual([
			expect.objectContaining({ reason: 'Analysis.', start: TEXT.indexOf('this is a turning') })
		]);
		expect(input).toEqual(story());
	});

	it('resolves each date in its event’s zone', () => {
		const events = loaded(story()).events;
		const friday = events.find((e) => e.id === 'zelenskyy-meets-trump');
		expect(friday?.when).toMatchObject({ start: '2025-02-28', timeZone: 'America/New_York' });
	});

	it('copies the interval of a sameAs event, following chains', () => {
		const input = story();
		input.events.push(
			testEvent('later-remark', {
				when: { text: null, basis: 'inferred', sameAs: 'starmer-remarks', note: 'Same flight.' }
			})
		);
		const events = loaded(input).events;
		const flight = events.find((e) => e.id === 'starmer-flight');
		const { start, end, precision, timeZone, startsAt, endsAt } = flight?.when ?? {};
		for (const id of ['starmer-remarks', 'later-remark']) {
			expect(events.find((e) => e.id === id)?.when).toEqual(
				expect.objectContaining({ start, end, precision, timeZone, startsAt, endsAt })
			);
		}
		expect(events.find((e) => e.id === 'starmer-remarks')?.when.sameAs).toBe('starmer-flight');
	});

	it('reports a sameAs cycle', () => {
		const input = story();
		input.events[3] = testEvent('starmer-flight', {
			when: { text: null, basis: 'inferred', sameAs: 'starmer-remarks', note: 'Loop.' }
		});
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				eventId: 'starmer-flight',
				field: 'events[3].when.sameAs',
				message:
					'"sameAs" goes round in a circle: starmer-remarks → starmer-flight → starmer-remarks'
			}
		]);
	});

	it('reports stated date words that are not in the excerpts', () => {
		const input = story();
		input.events[3] = testEvent('starmer-flight', {
			when: { text: 'on Wednesday', basis: 'stated' }
		});
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				eventId: 'starmer-flight',
				field: 'events[3].when.text',
				message: expect.stringMatching(/"on Wednesday" is not in any of the event's excerpts/)
			}
		]);
	});

	it('reports target date words that are not in the excerpts', () => {
		const input = story();
		const pledge = input.events[5];
		if (pledge) pledge.target = { text: 'by 2030', basis: 'stated' };
		expect(issuesOf(input)).toEqual([
			expect.objectContaining({ eventId: 'pledge', field: 'events[5].target.text' })
		]);
	});

	it('reports date words the resolver does not read', () => {
		const input = story();
		const pledge = input.events[5];
		if (pledge) pledge.when.expression = 'a while ago';
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				eventId: 'pledge',
				field: 'events[5].when.expression',
				message: expect.stringMatching(/^Unrecognised date words "a while ago"/)
			}
		]);
	});

	it('reports a quote not found in its source', () => {
		const input = story();
		const remarks = input.events[1];
		if (remarks) remarks.excerpts = [{ source: 'paper', exact: 'Putin will "come again"' }];
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				eventId: 'starmer-remarks',
				field: 'events[1].excerpts[0].exact',
				message: expect.stringMatching(/curly quotes.*\(source "paper"\)$/)
			}
		]);
	});

	it('reports a context passage not found', () => {
		const input = story();
		input.context = [{ source: 'paper', exact: 'a turning-point', reason: 'Analysis.' }];
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				field: 'context[0].exact',
				message: 'The quote is not in the source verbatim (source "paper")'
			}
		]);
	});

	it('reports a source whose file was not read into text', () => {
		const input = story();
		delete input.sources[0]?.text;
		expect(issuesOf(input)).toEqual([
			{
				file: FILE,
				field: 'sources[0].text',
				message: 'Source "paper" has no text (the build reads it from "article.txt")'
			}
		]);
	});

	it('passes validation issues through', () => {
		expect(issuesOf({ ...story(), format: 'other' })).toEqual([
			expect.objectContaining({ file: FILE, field: 'format' })
		]);
	});

	it('gives the same story when fed its own output', () => {
		const first = loaded(story());
		const again = loaded(JSON.parse(JSON.stringify(first)));
		expect(again).toEqual(first);
	});
});

describe('loadStory: format 2', () => {
	it('resolves eras in the display zone and sorts them', () => {
		const input: StoryInput = {
			...story(),
			eras: [
				{ id: 'later', label: 'Later', expression: '2025-03/..' },
				{ id: 'week', label: 'The week', expression: 'this week' },
				{ id: 'decade', label: 'The decade', expression: '202X~' }
			]
		};
		const result = loadStory(input, FILE);
		expect(result.ok && result.story.eras).toEqual([
			{
				id: 'decade',
				label: 'The decade',
				expression: '202X~',
				start: '2020',
				end: '2029',
				precision: 'decade',
				// An era lasts, though "202X" alone would be some time within the decade.
				extent: 'throughout',
				qualifier: 'approximate',
				timeZone: 'Europe/London',
				startsAt: '2020-01-01T00:00:00.000Z',
				endsAt: '2030-01-01T00:00:00.000Z'
			},
			expect.objectContaining({ id: 'week', start: '2025-02-24', end: '2025-03-02' }),
			expect.objectContaining({ id: 'later', start: '2025-03', modifier: 'after' })
		]);
	});

	it('reports an era it cannot resolve', () => {
		const input: StoryInput = {
			...story(),
			eras: [{ id: 'x', label: 'X', expression: '1970-13' }]
		};
		expect(loadStory(input, FILE)).toEqual({
			ok: false,
			issues: [
				{
					file: FILE,
					field: 'eras[0].expression',
					message: 'Cannot resolve "1970-13": it is not a valid calendar date'
				}
			]
		});
	});

	it('reads date words against when.source', () => {
		const input = story();
		input.sources.push({
			...input.sources[0]!,
			id: 'radio',
			published: { date: '2025-03-10', timeZone: 'Europe/London', basis: 'stated' }
		});
		const friday = input.events[0]!;
		const byDefault = loadStory(input, FILE);
		friday.when.source = 'radio';
		const byRadio = loadStory(input, FILE);
		const start = (result: typeof byDefault) =>
			result.ok ? result.story.events.find((e) => e.id === friday.id)?.when.start : undefined;
		expect(start(byDefault)).toBe('2025-02-28');
		expect(start(byRadio)).toBe('2025-03-14');
	});

	it('counts days in the display zone for an event without a place', () => {
		const input = story();
		input.displayTimeZone = 'Asia/Tokyo';
		delete input.events[0]!.place;
		const result = loadStory(input, FILE);
		const when = result.ok
			? result.story.events.find((e) => e.id === 'zelenskyy-meets-trump')?.when
			: undefined;
		expect(when).toMatchObject({ timeZone: 'Asia/Tokyo', startsAt: '2025-02-27T15:00:00.000Z' });
	});

	it('loads a format 1 story as format 2', () => {
		const result = loadStory({ ...story(), format: 'sourceline/story@1' }, FILE);
		expect(result.ok && result.story.format).toBe(STORY_FORMAT);
	});
});

describe('loadStory: format 3, within or throughout', () => {
	const extents = (input: StoryInput) =>
		Object.fromEntries(loaded(input).events.map((e) => [e.id, e.when.extent]));

	it('migrates a format 2 story with its meaning kept: a range the words give is some time within it', () => {
		const input = { ...story(), format: 'sourceline/story@2' as const };
		input.events.push(
			testEvent('war', {
				when: { text: null, basis: 'editorial', expression: '1939/1945', note: 'History.' }
			}),
			testEvent('talks', {
				when: {
					text: null,
					basis: 'inferred',
					expression: 'from Monday to Wednesday',
					note: 'Days.'
				}
			}),
			testEvent('talks-statement', {
				when: { text: null, basis: 'inferred', sameAs: 'talks', note: 'At the talks.' }
			})
		);
		const result = loaded(input);
		expect(result.format).toBe('sourceline/story@3');
		expect(extents(input)).toEqual({
			'macron-visit': 'within',
			'source-spoke': 'within',
			pledge: 'within',
			'starmer-flight': 'within',
			'starmer-remarks': 'within',
			'zelenskyy-meets-trump': 'within',
			war: 'throughout',
			talks: 'throughout',
			// `sameAs`: some time during the other event, however long it lasts.
			'talks-statement': 'within'
		});
		const macron = result.events.find((e) => e.id === 'macron-visit')!;
		expect(macron.when).toMatchObject({
			start: '2025-02-24',
			end: '2025-02-26',
			precision: 'span'
		});
	});

	it('keeps an authored extent over the one the words imply, also through sameAs', () => {
		const input = story();
		const flight = input.events.find((e) => e.id === 'starmer-flight')!;
		flight.when = { ...flight.when, extent: 'throughout' };
		const macron = input.events.find((e) => e.id === 'macron-visit')!;
		macron.when = { ...macron.when, extent: 'throughout' };
		const remarks = input.events.find((e) => e.id === 'starmer-remarks')!;
		remarks.when = { ...remarks.when, extent: 'within' };
		expect(extents(input)).toMatchObject({
			'macron-visit': 'throughout',
			'starmer-flight': 'throughout',
			'starmer-remarks': 'within'
		});
	});

	it('loads a resolved story again to the same extents', () => {
		const once = loaded(story());
		const again = loaded(once as unknown as StoryInput);
		expect(again.events.map((e) => e.when.extent)).toEqual(once.events.map((e) => e.when.extent));
	});

	it('refuses an extent that is neither', () => {
		const input = story();
		input.events[0]!.when = { ...input.events[0]!.when, extent: 'during' as 'within' };
		expect(issuesOf(input)).toEqual([
			expect.objectContaining({
				field: 'events[0].when.extent',
				message: 'Expected one of "within", "throughout"; got "during"'
			})
		]);
	});
});

// Issue 10, case 2: recursion without a bound ended in "Maximum call stack size exceeded",
// with no field named. Long chains are walked in a loop; nested deadlines stop at one level.
describe('loadStory on deep input', () => {
	const inferred = (sameAs: string) => ({
		text: null,
		basis: 'inferred' as const,
		sameAs,
		note: 'Same day.'
	});

	it('follows a sameAs chain of 6,000 events', () => {
		const events = [testEvent('e0')];
		for (let i = 1; i < 6_000; i++)
			events.push(testEvent(`e${i}`, { when: inferred(`e${i - 1}`) }));
		const story = loadTestStory(testStory({ events: events.reverse() }));
		expect(story.events).toHaveLength(6_000);
		expect(new Set(story.events.map((e) => e.when.startsAt))).toEqual(
			new Set(['2025-02-25T00:00:00.000Z'])
		);
	});

	it('names the field of a sameAs loop of 6,000 events, once', () => {
		const events = Array.from({ length: 6_000 }, (_, i) =>
			testEvent(`e${i}`, { when: inferred(`e${(i + 1) % 6_000}`) })
		);
		const issues = issuesOf(testStory({ events }));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			eventId: 'e5999',
			field: 'events[5999].when.sameAs',
			message: expect.stringMatching(/^"sameAs" goes round in a circle: e0 → e1 → .* → e5999 → e0$/)
		});
	});

	it('names the field of a deadline nested 10,000 deep', () => {
		const when = {
			text: null,
			basis: 'editorial' as const,
			expression: `${'by '.repeat(10_000)}2027`,
			note: 'Test.'
		};
		expect(issuesOf(testStory({ events: [testEvent('pledge', { when })] }))).toEqual([
			{
				file: FILE,
				eventId: 'pledge',
				field: 'events[0].when.expression',
				message: expect.stringMatching(/"by" must be followed by date words, not by another "by"$/)
			}
		]);
	});
});

// Issue 10, case 1: a source of many `a`s quoted as "a" many times froze the embed.
describe('loadStory on many repeated quotes', () => {
	const text = 'a'.repeat(100_000);
	const storyWith = (excerpts: object[]) =>
		testStory({
			sources: [testSource({ text })],
			events: [
				testEvent('many', {
					when: { text: null, basis: 'editorial', expression: '2025-02-25', note: 'Test.' },
					excerpts: excerpts as never
				})
			]
		});

	it('reports each ambiguous quote, by its field', () => {
		const issues = issuesOf(storyWith(Array(500).fill({ source: 'paper', exact: 'a' })));
		expect(issues).toHaveLength(500);
		expect(issues[499]).toMatchObject({
			field: 'events[0].excerpts[499].exact',
			message: expect.stringMatching(/^The quote occurs more than once/)
		});
	});

	it('places quotes that carry their offsets where they say, with no search to be ambiguous', () => {
		const excerpts = Array.from({ length: 2_000 }, (_, i) => ({
			source: 'paper',
			exact: 'a',
			start: 50 * i,
			end: 50 * i + 1
		}));
		const [event] = loadTestStory(storyWith(excerpts)).events;
		expect(event!.excerpts.map((x) => x.start)).toEqual(excerpts.map((x) => x.start));
	});
});

describe('formatStoryIssues', () => {
	it('writes one line per issue', () => {
		expect(
			formatStoryIssues([
				{ file: 'a.json', field: 'format', message: 'Unsupported' },
				{ file: 'a.json', eventId: 'meeting', field: 'events[0].when.text', message: 'Not quoted' }
			])
		).toBe(
			'a.json › format: Unsupported\na.json › event meeting › events[0].when.text: Not quoted'
		);
	});
});
