import { describe, expect, it } from 'vitest';
import { loadStory } from './loadStory';
import { expectIssue, loadTestStory, testEvent, testStory, type IssueRow } from './testing';
import { validateStory } from './validateStory';

// The story's `updated` instant and its corrections: how each is checked, and where a
// correction that names an event is shown.

const AT = '2025-03-03T09:00:00+00:00';

const rows: IssueRow[] = [
	{
		name: 'updated as a date without a time',
		breakIt: (s) => (s.updated = '2025-03-03'),
		field: 'updated',
		message: /"2025-03-03" is not an ISO date-time with offset, e.g. "2025-03-03T09:00:00\+00:00"/
	},
	{
		name: 'updated without an offset',
		breakIt: (s) => (s.updated = '2025-03-03T09:00'),
		field: 'updated',
		message: /not an ISO date-time with offset/
	},
	{
		name: 'updated of the wrong type',
		breakIt: (s) => (s.updated = 20250303),
		field: 'updated',
		message: /Expected a string, got a number/
	},
	{
		name: 'corrections not an array',
		breakIt: (s) => (s.corrections = { at: AT, text: 'Fixed.' }),
		field: 'corrections',
		message: /Expected an array/
	},
	{
		name: 'a correction not an object',
		breakIt: (s) => (s.corrections = ['Fixed the date.']),
		field: 'corrections[0]',
		message: /Expected an object, got a string/
	},
	{
		name: 'a correction with a bad "at"',
		breakIt: (s) => (s.corrections = [{ at: '3 March 2025', text: 'Fixed.' }]),
		field: 'corrections[0].at',
		message: /"3 March 2025" is not an ISO date-time with offset/
	},
	{
		name: 'a correction on a day that does not exist',
		breakIt: (s) => (s.corrections = [{ at: '2025-02-30T09:00:00Z', text: 'Fixed.' }]),
		field: 'corrections[0].at',
		message: /not an ISO date-time with offset/
	},
	{
		name: 'a correction without "at"',
		breakIt: (s) => (s.corrections = [{ text: 'Fixed.' }]),
		field: 'corrections[0].at',
		message: /Required, but missing/
	},
	{
		name: 'a correction with empty text',
		breakIt: (s) => (s.corrections = [{ at: AT, text: '  ' }]),
		field: 'corrections[0].text',
		message: /Must not be empty/
	},
	{
		name: 'a correction naming an unknown event',
		breakIt: (s) =>
			(s.corrections = [
				{ at: AT, text: 'Fixed.', event: 'starmer-flight' },
				{ at: AT, text: 'Fixed.', event: 'trump-visit' }
			]),
		field: 'corrections[1].event',
		message: /No event has the id "trump-visit"/
	},
	{
		name: 'a correction naming its event by a number',
		breakIt: (s) => (s.corrections = [{ at: AT, text: 'Fixed.', event: 1 }]),
		field: 'corrections[0].event',
		message: /Expected a string, got a number/
	}
];

describe('validateStory: updated and corrections', () => {
	it.each(rows)('reports $name', expectIssue);

	it('takes an update and corrections, with or without an event, and lists none by default', () => {
		const corrections = [
			{ at: AT, text: 'The flight was on Tuesday.', event: 'starmer-flight' },
			{ at: '2025-03-04T10:30:00-05:00', text: 'The summary named the wrong paper.' }
		];
		expect(validateStory(testStory({ updated: AT, corrections }), 'story.json').ok).toBe(true);
		expect(validateStory(testStory({ corrections: [] }), 'story.json').ok).toBe(true);
	});

	it('reads a format 2 story, which has neither, as format 3 with neither', () => {
		const result = validateStory({ ...testStory(), format: 'sourceline/story@2' }, 'story.json');
		expect(result.ok && result.story.format).toBe('sourceline/story@3');
		expect(result.ok && [result.story.updated, result.story.corrections]).toEqual([
			undefined,
			undefined
		]);
	});
});

describe('loadStory: corrections on their events', () => {
	const story = testStory({
		events: [testEvent('flight'), testEvent('talks'), testEvent('dinner')],
		corrections: [
			{ at: AT, text: 'First fix.', event: 'talks' },
			{ at: AT, text: 'About the story.' },
			{ at: '2025-03-05T08:00:00Z', text: 'Second fix.', event: 'talks' },
			{ at: AT, text: 'Other fix.', event: 'flight' }
		]
	});

	it('gives each event the corrections that name it, in the story’s order, and others none', () => {
		const loaded = loadTestStory(story);
		const texts = Object.fromEntries(
			loaded.events.map((e) => [e.id, e.corrections?.map((c) => c.text)])
		);
		expect(texts).toEqual({
			flight: ['Other fix.'],
			talks: ['First fix.', 'Second fix.'],
			dinner: undefined
		});
		expect(loaded.corrections).toHaveLength(4);
	});

	it('works them out anew when a resolved story is loaded again with other corrections', () => {
		const loaded = loadTestStory(story);
		const again = loadStory(
			{ ...loaded, corrections: [{ at: AT, text: 'New.', event: 'dinner' }] },
			'x'
		);
		expect(again.ok).toBe(true);
		const named = again.ok ? again.story.events.filter((e) => e.corrections) : [];
		expect(named.map((e) => [e.id, e.corrections?.map((c) => c.text)])).toEqual([
			['dinner', ['New.']]
		]);
	});
});
