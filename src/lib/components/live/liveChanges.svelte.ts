import { onMount } from 'svelte';
import type { ResolvedStory } from '$lib/story/types';
import { provideFreshMarks, type FreshMarks, type Freshness } from '../timeline/freshMarks';
import type { StorySelection } from '../story/storySelection.svelte';
import type { LastVisit } from './lastVisit';
import type { LiveStory } from './liveStory.svelte';

/**
 * What a page does with a story that may change: its marks show the events new or updated
 * since it opened (a live story) or added since the reader's last visit (kept in their
 * browser, `lastVisit.ts`, loaded once the page is up), the change is said through the page's
 * announcer, and an event removed while open leaves cleanly (its panel closes). `live` may be
 * known only once mounted (the live code loads then). Call while the page's component
 * initialises.
 */
export function showLiveChanges(
	story: () => ResolvedStory,
	live: () => LiveStory | null,
	selection: StorySelection
): void {
	let visit: LastVisit | null = $state(null);
	// The words for the marks come with the last visit's code: no mark is fresh before.
	let said: ((freshness: Freshness) => string) | null = null;
	// The legend's lines come with it too (lastVisit.ts): none before it has loaded.
	let legend: typeof import('./lastVisit').freshLegend | null = $state.raw(null);
	const of = (id: string) => live()?.of(id) ?? visit?.of(id);
	const marks: FreshMarks = {
		of,
		word: (freshness) => said?.(freshness) ?? freshness,
		legend: () => legend?.(story(), of) ?? []
	};
	provideFreshMarks(marks);
	onMount(() => {
		void Promise.all([import('./lastVisit'), import('$lib/i18n/live/words')]).then(
			async ([m, words]) => {
				await words.loadLiveWords();
				said = (freshness) => words.tLive().fresh[freshness];
				legend = m.freshLegend;
				visit = new m.LastVisit(story());
				if (visit.message) selection.announcer.announce(visit.message);
			}
		);
	});
	$effect(() => visit?.remember(story()));
	$effect(() => live()?.speakThrough(selection.announcer));
	$effect(() => {
		if (selection.selectedId !== null && !selection.selected) void selection.select(null);
	});
}
