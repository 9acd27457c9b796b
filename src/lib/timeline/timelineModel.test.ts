import { describe, expect, it } from 'vitest';
import { smallStory } from '$lib/story/testing';
import type { Era, ResolvedEvent } from '$lib/story/types';
import { timelineModel, timelineModelInSlices } from './timelineModel';

const [template] = smallStory().events;

/** A resolved event over [startsAt, endsAt) (instants), otherwise the small story's first. */
function resolved(id: string, startsAt: string, endsAt: string): ResolvedEvent {
	return { ...template!, id, when: { ...template!.when, startsAt, endsAt } };
}

function era(id: string, startsAt: string, endsAt: string): Era {
	return { id, label: id, expression: '', ...template!.when, startsAt, endsAt };
}

describe('the model’s domain: every event and era on the wall clock, no air', () => {
	const rows: {
		name: string;
		events: ResolvedEvent[];
		eras?: Era[];
		zone: string;
		/** Wall-clock ms (UTC fields read as the zone's clock). */
		domain: [number, number];
	}[] = [
		{
			name: 'one day: that day, no more',
			events: [resolved('a', '2025-02-22T00:00:00Z', '2025-02-23T00:00:00Z')],
			zone: 'UTC',
			domain: [Date.UTC(2025, 1, 22), Date.UTC(2025, 1, 23)]
		},
		{
			name: 'an instant: widened to an hour about it',
			events: [resolved('a', '2025-02-22T09:30:00Z', '2025-02-22T09:30:00Z')],
			zone: 'UTC',
			domain: [Date.UTC(2025, 1, 22, 9), Date.UTC(2025, 1, 22, 10)]
		},
		{
			name: 'the latest end need not be the last start’s (a long event first)',
			events: [
				resolved('long', '2025-01-01T00:00:00Z', '2025-12-31T00:00:00Z'),
				resolved('short', '2025-03-01T00:00:00Z', '2025-03-02T00:00:00Z')
			],
			zone: 'UTC',
			domain: [Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)]
		},
		{
			name: 'out of order: the earliest start wherever it is',
			events: [
				resolved('june', '2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z'),
				resolved('may', '2025-05-01T00:00:00Z', '2025-05-02T00:00:00Z')
			],
			zone: 'UTC',
			domain: [Date.UTC(2025, 4, 1), Date.UTC(2025, 5, 2)]
		},
		{
			name: 'on the display zone’s wall clock (New York in summer: UTC−4)',
			events: [resolved('a', '2025-07-04T04:00:00Z', '2025-07-05T04:00:00Z')],
			zone: 'America/New_York',
			domain: [Date.UTC(2025, 6, 4), Date.UTC(2025, 6, 5)]
		},
		{
			name: 'eras are fitted too: one before the events, one running on after them',
			events: [resolved('a', '2025-02-22T00:00:00Z', '2025-02-23T00:00:00Z')],
			eras: [
				era('before', '2024-12-01T00:00:00Z', '2025-01-01T00:00:00Z'),
				era('after', '2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z')
			],
			zone: 'UTC',
			domain: [Date.UTC(2024, 11, 1), Date.UTC(2025, 2, 1)]
		}
	];
	it.each(rows)('$name', ({ events, eras = [], zone, domain }) => {
		const model = timelineModel(events, eras, zone);
		expect(model.domain).toEqual(domain);
		expect(model.index.domain).toBe(model.domain);
		expect(model.displayTimeZone).toBe(zone);
	});
});

describe('the model’s events and eras', () => {
	it('eras on the display zone’s wall clock (London in summer: UTC+1)', () => {
		const model = timelineModel(
			[resolved('a', '2025-07-01T00:00:00Z', '2025-07-02T00:00:00Z')],
			[era('summer', '2025-06-20T23:00:00Z', '2025-09-22T23:00:00Z')],
			'Europe/London'
		);
		expect(model.eras).toEqual([
			{ id: 'summer', label: 'summer', start: Date.UTC(2025, 5, 21), end: Date.UTC(2025, 8, 23) }
		]);
	});

	it('in time order on the wall clock, which the instants’ order is not when a clock goes back', () => {
		// London, 26 October 2025: 01:30 BST (00:30Z) comes before 01:10 GMT (01:10Z), but on the
		// wall clock, which the axis counts in, it is the later.
		const model = timelineModel(
			[
				resolved('bst', '2025-10-26T00:30:00Z', '2025-10-26T00:30:00Z'),
				resolved('gmt', '2025-10-26T01:10:00Z', '2025-10-26T01:10:00Z')
			],
			[],
			'Europe/London'
		);
		expect(model.index.events.map((e) => e.id)).toEqual(['gmt', 'bst']);
		expect([...model.index.starts]).toEqual([
			Date.UTC(2025, 9, 26, 1, 10),
			Date.UTC(2025, 9, 26, 1, 30)
		]);
	});

	it('a loaded story’s order (by instants) is the timeline’s here', () => {
		const story = smallStory();
		const model = timelineModel(story.events, [], story.displayTimeZone);
		expect(model.index.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
	});
});

describe('the model built in slices', () => {
	const events = Array.from({ length: 5 }, (_, i) =>
		resolved(`e${4 - i}`, `2025-03-0${5 - i}T00:00:00Z`, `2025-03-0${6 - i}T00:00:00Z`)
	);
	const eras = [era('march', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z')];
	const rows = [
		// A pause between slices turned to the wall clock, one after the last, one after the
		// closest view, one after the index's order, one before each slice of the index's pass,
		// and one after the index.
		{ name: 'one slice, larger than the story', slice: 100, pauses: 5 },
		{ name: 'one slice, exactly the story', slice: 5, pauses: 5 },
		{ name: 'two slices', slice: 3, pauses: 7 },
		{ name: 'a slice an event', slice: 1, pauses: 13 }
	];
	it.each(rows)('$name: the same model as in one go', async ({ slice, pauses }) => {
		let paused = 0;
		const sliced = await timelineModelInSlices(
			events,
			eras,
			'Europe/London',
			async () => {
				paused++;
			},
			{ slice, budgetMs: 0 }
		);
		expect(paused).toBe(pauses);
		const whole = timelineModel(events, eras, 'Europe/London');
		expect(sliced).toEqual(whole);
		const names = (m: typeof whole) => m.index.events.map((e) => [e.id, e.description]);
		expect(names(sliced)).toEqual(names(whole));
	});

	it('pauses only once a step has taken the build past its budget since the last pause', async () => {
		// A clock that moves 5 ms at each look, and a budget of 12: of the 13 steps of a slice an
		// event (see above), every third pauses.
		let time = 0;
		const now = () => (time += 5);
		let paused = 0;
		const pause = async () => {
			paused++;
		};
		const sliced = await timelineModelInSlices(events, eras, 'Europe/London', pause, {
			slice: 1,
			budgetMs: 12,
			now
		});
		expect(sliced).toEqual(timelineModel(events, eras, 'Europe/London'));
		expect(paused).toBe(4);
		// A clock that stands still: a small story is built with no pause at all.
		paused = 0;
		await timelineModelInSlices(events, eras, 'Europe/London', pause, { now: () => 0 });
		expect(paused).toBe(0);
	});
});
