import { provideFreshMarks } from '../timeline/freshMarks';
import type { StorySelection } from '../story/storySelection.svelte';
import type { LiveStory } from './liveStory.svelte';

/**
 * What a page does with a story that may follow its file: its marks show the events new or
 * updated since it opened, the change is said through the page's announcer, and an event
 * removed while open leaves cleanly (its panel closes). `live` may be known only once
 * mounted (the live code loads then). Call while the page's component initialises.
 */
export function showLiveChanges(live: () => LiveStory | null, selection: StorySelection): void {
	provideFreshMarks({ of: (id) => live()?.of(id) });
	$effect(() => live()?.speakThrough(selection.announcer));
	$effect(() => {
		if (selection.selectedId !== null && !selection.selected) void selection.select(null);
	});
}
