import { bench, describe } from 'vitest';
import { layoutTimeline } from './layoutTimeline';
import { defaultTimelineOptions } from './layoutTypes';
import { seededEvents } from './testEvents';
import { createTimelineIndex } from './timelineIndex';

// A zoom frame has well under 16.7 ms. Layout is only part of it (the DOM is the rest).
const options = { ...defaultTimelineOptions, displayTimeZone: 'UTC' };
const width = 1200;

for (const count of [1_000, 10_000, 100_000]) {
	const events = seededEvents(count);
	describe(`${count.toLocaleString('en-GB')} events`, () => {
		bench('index the story (once per story)', () => {
			createTimelineIndex(events);
		});
		const index = createTimelineIndex(events);
		let k = 1;
		bench('zoom frames: 20 steps in and out (packs a level once, then places)', () => {
			for (let i = 0; i < 20; i++) {
				k *= i < 10 ? 1.05 : 1 / 1.05;
				layoutTimeline(index, [], width, { k, x: -((k - 1) * width) / 2 }, options);
			}
		});
		bench('pan frame at a day’s zoom (packing cached)', () => {
			layoutTimeline(index, [], width, { k: 300, x: -150_000 }, options);
		});
	});
}
