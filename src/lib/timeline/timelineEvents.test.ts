import { describe, expect, it } from 'vitest';
import { loadTestStory, testEvent, testStory, twoSourceStory } from '$lib/story/testing';
import { buildTimelineEvents, toTimelineEvents, wallClockExtent } from './timelineEvents';
import type { WhenInput } from '$lib/story/types';

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
		const [event] = toTimelineEvents(story.events, story.displayTimeZone);
		expect(event!.description).toBe(expected);
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
		const [event] = toTimelineEvents(story.events, story.displayTimeZone);
		expect({
			extent: event!.extent,
			ownZone: event!.ownZone,
			named: event!.description.replace('It, ', '')
		}).toEqual(expected);
	});
});

describe('the wall-clock extent of events', () => {
	const when = (startsAt: string, endsAt: string) => ({ when: { startsAt, endsAt } });
	const rows: {
		name: string;
		events: ReturnType<typeof when>[];
		zone: string;
		expected: { start: string; end: string };
	}[] = [
		{
			name: 'one event: its own interval',
			events: [when('2025-02-22T00:00:00.000Z', '2025-02-23T00:00:00.000Z')],
			zone: 'UTC',
			expected: { start: '2025-02-22T00:00:00.000Z', end: '2025-02-23T00:00:00.000Z' }
		},
		{
			name: 'the latest end need not be the last start’s (a long event first)',
			events: [
				when('2025-01-01T00:00:00.000Z', '2025-12-31T00:00:00.000Z'),
				when('2025-03-01T00:00:00.000Z', '2025-03-02T00:00:00.000Z')
			],
			zone: 'UTC',
			expected: { start: '2025-01-01T00:00:00.000Z', end: '2025-12-31T00:00:00.000Z' }
		},
		{
			name: 'out of order: the earliest start wherever it is',
			events: [
				when('2025-06-01T00:00:00.000Z', '2025-06-02T00:00:00.000Z'),
				when('2025-05-01T00:00:00.000Z', '2025-05-02T00:00:00.000Z')
			],
			zone: 'UTC',
			expected: { start: '2025-05-01T00:00:00.000Z', end: '2025-06-02T00:00:00.000Z' }
		},
		{
			name: 'on the display zone’s wall clock (New York in summer: UTC−4)',
			events: [when('2025-07-04T04:00:00.000Z', '2025-07-05T04:00:00.000Z')],
			zone: 'America/New_York',
			expected: { start: '2025-07-04T00:00:00.000Z', end: '2025-07-05T00:00:00.000Z' }
		}
	];
	it.each(rows)('$name', ({ events, zone, expected }) => {
		expect(wallClockExtent(events, zone)).toEqual({
			start: Date.parse(expected.start),
			end: Date.parse(expected.end)
		});
	});

	it('agrees with the timeline’s own events', () => {
		const story = twoSourceStory();
		expect(story.events.length).toBeGreaterThan(1);
		const events = toTimelineEvents(story.events, story.displayTimeZone);
		expect(wallClockExtent(story.events, story.displayTimeZone)).toEqual({
			start: Math.min(...events.map((e) => e.start)),
			end: Math.max(...events.map((e) => e.end))
		});
	});

	it('refuses no events, as a timeline does', () => {
		expect(() => wallClockExtent([], 'UTC')).toThrow();
	});
});

describe('a list of timeline events is built once per story’s events and zone', () => {
	it('the same events and zone give the same list; another zone or list, a new one', () => {
		const story = twoSourceStory();
		const list = toTimelineEvents(story.events, story.displayTimeZone);
		expect(toTimelineEvents(story.events, story.displayTimeZone)).toBe(list);
		const elsewhere = toTimelineEvents(story.events, 'America/New_York');
		expect(elsewhere).not.toBe(list);
		expect(elsewhere[0]!.start).not.toBe(list[0]!.start);
		expect(toTimelineEvents([...story.events], story.displayTimeZone)).not.toBe(list);
	});
});

describe('a list of timeline events built in slices', () => {
	const rows = [
		{ name: 'one slice, larger than the story', slice: 100, pauses: 0 },
		{ name: 'one slice, exactly the story', slice: 2, pauses: 0 },
		{ name: 'a slice an event', slice: 1, pauses: 1 }
	];
	it.each(rows)('$name: the same events, a pause between slices', async ({ slice, pauses }) => {
		const story = twoSourceStory();
		expect(story.events).toHaveLength(2);
		const events = [...story.events];
		let paused = 0;
		const list = await buildTimelineEvents(
			events,
			story.displayTimeZone,
			async () => {
				paused++;
			},
			slice
		);
		expect(paused).toBe(pauses);
		const fresh = toTimelineEvents([...events], story.displayTimeZone);
		expect(list.map((e) => [e.id, e.start, e.end, e.description])).toEqual(
			fresh.map((e) => [e.id, e.start, e.end, e.description])
		);
		// Kept: the timeline finds the list built.
		expect(toTimelineEvents(events, story.displayTimeZone)).toBe(list);
	});
});
