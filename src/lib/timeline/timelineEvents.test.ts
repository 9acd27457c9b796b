import { describe, expect, it } from 'vitest';
import { loadTestStory, testEvent, testStory } from '$lib/story/testing';
import { toTimelineEvent } from './timelineEvents';

describe('a timeline event’s accessible name', () => {
	const rows: { name: string; group?: string; expected: string }[] = [
		{
			name: 'without a group: title, date words, resolved date and basis',
			expected: 'Starmer flies, “on Tuesday”, Tue 25 Feb 2025 (stated)'
		},
		{
			name: 'with a group: the group is said last',
			group: 'Pioneers',
			expected: 'Starmer flies, “on Tuesday”, Tue 25 Feb 2025 (stated), group: Pioneers'
		}
	];
	it.each(rows)('$name', ({ group, expected }) => {
		const story = loadTestStory(
			testStory({
				events: [testEvent('flight', { title: 'Starmer flies', ...(group ? { group } : {}) })]
			})
		);
		const event = toTimelineEvent(story.events[0]!, story.displayTimeZone);
		expect(event.description).toBe(expected);
	});
});
