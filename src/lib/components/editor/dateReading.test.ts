import { describe, expect, it } from 'vitest';
import { testStory } from '$lib/story/testing';
import { dateReading } from './dateReading';

/** The test story (published Thu 27 Feb 2025 in London) with its event's date set to `when`. */
function withWhen(when: Record<string, unknown>) {
	const story = testStory();
	(story.events[0] as { when: unknown }).when = when;
	return story;
}

describe('dateReading', () => {
	it.each([
		[{ text: 'on Tuesday', basis: 'stated' }, 'Read as Tue 25 Feb 2025'],
		// Read as typed, before the words are quoted.
		[{ text: 'yesterday', basis: 'stated' }, 'Read as Wed 26 Feb 2025'],
		[{ text: null, basis: 'editorial', expression: '1970-04' }, 'Read as April 1970'],
		[{ text: null, basis: 'inferred', sameAs: 'other' }, 'Some time during the event “other”'],
		[{ text: null, basis: 'inferred' }, 'No date words or expression yet.']
	])('%j: %s', (when, reading) => {
		expect(dateReading(withWhen(when), 0)).toBe(reading);
	});

	it('says why words are not read', () => {
		expect(dateReading(withWhen({ text: 'the twelfth of never', basis: 'stated' }), 0)).toMatch(
			/^Not read: Unrecognised date words "the twelfth of never"/
		);
	});

	it('reads a half-made story without failing', () => {
		expect(dateReading({ events: [{}] }, 0)).toBe('No date words or expression yet.');
		expect(dateReading(null, 3)).toBe('No date words or expression yet.');
	});
});
