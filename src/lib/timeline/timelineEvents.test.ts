import { describe, expect, it } from 'vitest';
import { loadTestStory, testEvent, testStory } from '$lib/story/testing';
import type { WhenInput } from '$lib/story/storyInput';
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

describe('how a timeline event is drawn and named by its extent', () => {
	const NEW_YORK = { name: 'Washington DC', timeZone: 'America/New_York' };
	const rows: {
		name: string;
		when: WhenInput;
		place?: typeof NEW_YORK;
		display?: string;
		expected: { extent: string; ownZone: boolean; named: string };
	}[] = [
		{
			name: 'a range the words give: some day within it',
			when: { text: null, basis: 'inferred', expression: 'earlier this week', note: 'Before.' },
			expected: {
				extent: 'within',
				ownZone: false,
				named: 'some day between Mon 24 and Wed 26 Feb 2025 (inferred)'
			}
		},
		{
			name: 'a written range: throughout',
			when: { text: null, basis: 'inferred', expression: 'from Monday to Wednesday', note: 'D.' },
			expected: {
				extent: 'throughout',
				ownZone: false,
				named: 'from Mon 24 to Wed 26 Feb 2025 (inferred)'
			}
		},
		{
			name: 'a day in New York on a London axis: its own zone',
			when: { text: 'on Tuesday', basis: 'stated' },
			place: NEW_YORK,
			expected: { extent: 'within', ownZone: true, named: '“on Tuesday”, Tue 25 Feb 2025 (stated)' }
		},
		{
			name: 'a day in London on a UTC axis in winter: the same clock, not its own zone',
			when: { text: 'on Tuesday', basis: 'stated' },
			display: 'UTC',
			expected: {
				extent: 'within',
				ownZone: false,
				named: '“on Tuesday”, Tue 25 Feb 2025 (stated)'
			}
		}
	];
	it.each(rows)('$name', ({ when, place, display, expected }) => {
		const story = loadTestStory(
			testStory({
				...(display && { displayTimeZone: display }),
				events: [testEvent('it', { title: 'It', when, ...(place && { place }) })]
			})
		);
		const event = toTimelineEvent(story.events[0]!, story.displayTimeZone);
		expect({
			extent: event.extent,
			ownZone: event.ownZone,
			named: event.description.replace('It, ', '')
		}).toEqual(expected);
	});
});
