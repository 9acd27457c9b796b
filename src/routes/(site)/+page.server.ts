import { storySpanEnds } from '$lib/format/storySpan';
import { stories } from '$lib/server/stories';
import type { ResolvedStory } from '$lib/story/types';
import type { PageServerLoad } from './$types';

/** When a story's news last moved: the end of the event that ends last. */
function latestEnd(story: ResolvedStory): number {
	let latest = -Infinity;
	for (const event of story.events) latest = Math.max(latest, Date.parse(event.when.endsAt));
	return latest;
}

// Newest news first, as a reader of a news site expects; ties by title.
export const load: PageServerLoad = () => ({
	stories: stories
		.map((story) => ({ story, latest: latestEnd(story) }))
		.sort((a, b) => b.latest - a.latest || a.story.title.localeCompare(b.story.title))
		.map(({ story: s }) => ({
			id: s.id,
			title: s.title,
			summary: s.summary,
			span: storySpanEnds(s.events),
			events: s.events.length,
			publishers: [...new Set(s.sources.map((source) => source.publisher))]
		}))
});
