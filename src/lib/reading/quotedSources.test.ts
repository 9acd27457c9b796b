import { describe, expect, it } from 'vitest';
import { twoSourceStory } from '$lib/story/testing';
import { quotedSources } from './quotedSources';

describe('quotedSources', () => {
	const story = twoSourceStory();
	const event = (id: string) => story.events.find((e) => e.id === id)!;
	const summary = (id: string) =>
		quotedSources(story.sources, event(id)).map((q) => [
			q.source.id,
			q.highlights.map((h) => [h.eventId, h.index])
		]);

	it.each([
		[
			'talks',
			[
				['wire', [['talks', 0]]],
				['radio', [['talks', 1]]]
			]
		],
		['flight', [['wire', [['flight', 0]]]]]
	])('%s: its sources in the story’s order, each with its passages', (id, expected) => {
		expect(summary(id)).toEqual(expected);
	});
});
