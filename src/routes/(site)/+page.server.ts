import { storySpan } from '$lib/format/storySpan';
import { stories } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	stories: stories.map((s) => ({
		id: s.id,
		title: s.title,
		summary: s.summary,
		span: storySpan(s.events),
		events: s.events.length,
		publishers: [...new Set(s.sources.map((source) => source.publisher))]
	}))
});
