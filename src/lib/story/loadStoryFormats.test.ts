import { describe, expect, it } from 'vitest';
import { formatStoryIssues, loadStory } from './loadStory';
import { asWritten } from './asWritten';
import { STORY_FORMAT } from './storyFormat';
import type { StoryInput } from './storyInput';
import {
	loadIssues,
	loadTestStory,
	outOfOrderStory,
	TEST_FILE,
	testEvent,
	testSource,
	testStory
} from './testing';

const FILE = TEST_FILE;

describe('loadStory: format 2', () => {
	it('resolves eras in the display zone and sorts them', () => {
		const input: StoryInput = {
			...outOfOrderStory(),
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
			...outOfOrderStory(),
			eras: [{ id: 'x', label: 'X', expression: '1970-13' }]
		};
		expect(loadStory(input, FILE)).toMatchObject({
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
		const input = outOfOrderStory();
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
		const input = outOfOrderStory();
		input.displayTimeZone = 'Asia/Tokyo';
		delete input.events[0]!.place;
		const result = loadStory(input, FILE);
		const when = result.ok
			? result.story.events.find((e) => e.id === 'zelenskyy-meets-trump')?.when
			: undefined;
		expect(when).toMatchObject({ timeZone: 'Asia/Tokyo', startsAt: '2025-02-27T15:00:00.000Z' });
	});

	it('loads a format 1 story as the current format', () => {
		const result = loadStory({ ...outOfOrderStory(), format: 'sourceline/story@1' }, FILE);
		expect(result.ok && result.story.format).toBe(STORY_FORMAT);
	});
});

describe('loadStory: format 3, within or throughout', () => {
	const extents = (input: StoryInput) =>
		Object.fromEntries(loadTestStory(input).events.map((e) => [e.id, e.when.extent]));

	it('migrates a format 2 story with its meaning kept: a range the words give is some time within it', () => {
		const input = { ...outOfOrderStory(), format: 'sourceline/story@2' as const };
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
		const result = loadTestStory(input);
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
		const input = outOfOrderStory();
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
		const once = loadTestStory(outOfOrderStory());
		const again = loadTestStory(once as unknown as StoryInput);
		expect(again.events.map((e) => e.when.extent)).toEqual(once.events.map((e) => e.when.extent));
	});

	it('refuses an extent that is neither', () => {
		const input = outOfOrderStory();
		input.events[0]!.when = { ...input.events[0]!.when, extent: 'during' as 'within' };
		expect(loadIssues(input)).toEqual([
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
		const issues = loadIssues(testStory({ events }));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			eventId: 'e5999',
			field: 'events[5999].when.sameAs',
			message: expect.stringMatching(/^"sameAs" goes round in a circle: e0 → e1 → .* → e5999 → e0$/)
		});
	});

	it('names the field of a deadline nested as deep as an expression has room for', () => {
		const when = {
			text: null,
			basis: 'editorial' as const,
			expression: `${'by '.repeat(98)}2027`,
			note: 'Test.'
		};
		expect(loadIssues(testStory({ events: [testEvent('pledge', { when })] }))).toMatchObject([
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
		const issues = loadIssues(storyWith(Array(500).fill({ source: 'paper', exact: 'a' })));
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
				{ file: 'a.json', field: 'format', ...asWritten('Unsupported') },
				{
					file: 'a.json',
					eventId: 'meeting',
					field: 'events[0].when.text',
					...asWritten('Not quoted')
				}
			])
		).toBe(
			'a.json › format: Unsupported\na.json › event meeting › events[0].when.text: Not quoted'
		);
	});
});
