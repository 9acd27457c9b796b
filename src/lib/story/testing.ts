import { expect } from 'vitest';
import { formatStoryIssues, loadStory } from './loadStory';
import { STORY_FORMAT } from './storyFormat';
import type { EventInput, SourceInput, StoryInput } from './storyInput';
import type { ResolvedStory, StoryIssue } from './types';
import { validateStory } from './validateStory';

/**
 * One builder for the stories tests need: a valid minimal story, with overrides. Each test
 * says only what it changes, and every test follows the format when it changes.
 * For tests only; nothing in the app imports it.
 */

export const TEST_FILE = 'stories/test/story.json';
export const TEST_TEXT = 'Starmer flew to Washington on Tuesday.';

const LONDON = { name: 'London', timeZone: 'Europe/London' };

/** A source with its text inlined, published on Thursday 27 February 2025 in London. */
export function testSource(overrides: Partial<SourceInput> = {}): SourceInput {
	return {
		id: 'paper',
		publisher: 'The Paper',
		title: null,
		language: 'en-GB',
		published: { date: '2025-02-27', timeZone: 'Europe/London', basis: 'stated' },
		text: TEST_TEXT,
		...overrides
	};
}

/** An event dated by its own quote of the default source ("on Tuesday"). */
export function testEvent(id: string, overrides: Partial<EventInput> = {}): EventInput {
	return {
		id,
		title: id,
		summary: `The ${id}.`,
		kind: 'other',
		actors: [],
		place: LONDON,
		when: { text: 'on Tuesday', basis: 'stated' },
		excerpts: [{ source: 'paper', exact: TEST_TEXT }],
		...overrides
	};
}

/** One source, one event: valid as it is. */
export function testStory(overrides: Partial<StoryInput> = {}): StoryInput {
	return {
		format: STORY_FORMAT,
		id: 'test-story',
		title: 'Test',
		summary: 'A week.',
		language: 'en-GB',
		displayTimeZone: 'Europe/London',
		sources: [testSource()],
		events: [testEvent('starmer-flight')],
		...overrides
	};
}

/** The story through the real pipeline; a story that does not load fails the test, with its issues. */
export function loadTestStory(input: StoryInput, file = TEST_FILE): ResolvedStory {
	const result = loadStory(input, file);
	if (!result.ok) throw new Error(formatStoryIssues(result.issues));
	return result.story;
}

const SMALL_TEXT =
	'The minister flew to Paris earlier this week.\nShe will meet the president this Friday.\nTalks follow on Sunday.\n';

/** A three-event story in Paris, for component tests. */
export function smallStory(): ResolvedStory {
	const event = (id: string, title: string, words: string, exact: string) =>
		testEvent(id, {
			title,
			summary: title,
			kind: 'meeting',
			actors: ['The minister'],
			place: { name: 'Paris', timeZone: 'Europe/Paris' },
			when: { text: words, basis: 'stated' },
			excerpts: [{ source: 'wire', exact }]
		});
	return loadTestStory(
		testStory({
			id: 'small',
			title: 'A small story',
			summary: 'Three events.',
			sources: [
				testSource({ id: 'wire', publisher: 'Wire', title: 'Minister in Paris', text: SMALL_TEXT })
			],
			events: [
				event(
					'flight',
					'Minister flies to Paris',
					'earlier this week',
					'The minister flew to Paris earlier this week.'
				),
				event(
					'meeting',
					'Minister meets the president',
					'this Friday',
					'She will meet the president this Friday.'
				),
				event('talks', 'Talks', 'on Sunday', 'Talks follow on Sunday.')
			]
		}),
		'small/story.json'
	);
}

/** Two sources, one event (`talks`) quoting both and one (`flight`) quoting the first only. */
export function twoSourceStory(): ResolvedStory {
	return loadTestStory(
		testStory({
			sources: [
				testSource({
					id: 'wire',
					publisher: 'The Wire',
					text: 'They met on Tuesday in London.\nOther news on Tuesday.\n'
				}),
				testSource({
					id: 'radio',
					publisher: 'The Radio',
					text: 'Our reporter says they met on Tuesday.\n'
				})
			],
			events: [
				testEvent('talks', {
					excerpts: [
						{ source: 'wire', exact: 'They met on Tuesday in London.' },
						{ source: 'radio', exact: 'they met on Tuesday' }
					]
				}),
				testEvent('flight', { excerpts: [{ source: 'wire', exact: 'Other news on Tuesday.' }] })
			]
		})
	);
}

/** A small valid story; each call returns a fresh copy to break. */
export function validStory(): StoryInput {
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
export type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface IssueRow {
	name: string;
	breakIt: (story: Loose) => void;
	field: string;
	eventId?: string;
	message: RegExp;
}

/** Breaks a valid story as the row says and checks that validation reports it where it says. */
export function expectIssue({ breakIt, field, eventId, message }: IssueRow): void {
	const story: Loose = validStory();
	breakIt(story);
	const result = validateStory(story, TEST_FILE);
	expect(result.ok).toBe(false);
	const issues = result.ok ? [] : result.issues;
	const issue = issues.find((candidate) => candidate.field === field);
	expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
	expect(issue?.file).toBe(TEST_FILE);
	expect(issue?.eventId).toBe(eventId);
	expect(issue?.message).toMatch(message);
}

/** The text of `outOfOrderStory`'s one source. */
export const OUT_OF_ORDER_TEXT = [
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
export function outOfOrderStory(): StoryInput {
	return testStory({
		sources: [testSource({ file: 'article.txt', text: OUT_OF_ORDER_TEXT })],
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

/** The issues of a story that must not load. */
export function loadIssues(input: unknown): StoryIssue[] {
	const result = loadStory(input, TEST_FILE);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.issues;
}
