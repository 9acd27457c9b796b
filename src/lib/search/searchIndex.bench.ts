import { bench, describe } from 'vitest';
// Plain JavaScript, shared with the browser benchmark.
import { generateStory } from '../../../tests/bench/stories.js';
import type { ResolvedEvent } from '$lib/story/types';
import { filterModel } from '$lib/timeline/filterModel';
import { seededEvents } from '$lib/timeline/testEvents';
import { timelineModelOf } from '$lib/timeline/timelineModel';
import { noFilters } from './filters';
import { queryTerms } from './query';
import { searchDoc } from './searchDocs';
import { SearchIndex } from './searchIndex';

// A keystroke's search has at most 50 ms at 100,000 events: the look through the events
// (in a worker for a story that big) and the timeline model of what matches (on the page).
const typed = ['w', 'wa', 'was', 'wash', 'washi', 'washin', 'washing', 'washingt', 'washingto'];

for (const count of [10_000, 100_000]) {
	const events = (generateStory(count).story as { events: ResolvedEvent[] }).events;
	describe(`${count.toLocaleString('en-GB')} events`, () => {
		bench('build the search index (once per story, in a worker from 5,000)', () => {
			new SearchIndex(events.map(searchDoc));
		});
		const docs = events.map(searchDoc);
		// Typed on and on: each narrows the last, but for the first letter again (a fresh look).
		const typing = new SearchIndex(docs);
		let key = 0;
		bench('a keystroke, typing "washingto" again and again', () => {
			typing.search(queryTerms(typed[key++ % typed.length]!), noFilters());
		});
		bench('a fresh search, every event looked at ("minister budget")', () => {
			new SearchIndex(docs).search(queryTerms('minister budget'), noFilters());
		});
		bench('a filter chip (kind: meeting) with a word', () => {
			new SearchIndex(docs).search(queryTerms('the'), { ...noFilters(), kind: ['meeting'] });
		});
		const model = timelineModelOf(seededEvents(count), [], 'UTC');
		const half = Uint32Array.from({ length: count / 2 }, (_, i) => i * 2);
		bench('the timeline model of half the events (on the page, each answer)', () => {
			filterModel(model, half);
		});
	});
}
