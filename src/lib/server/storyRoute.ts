import { error } from '@sveltejs/kit';
import type { ResolvedStory } from '$lib/story/types';
import { findStory, stories } from './stories';

// What every per-story route shares: which ids to prerender, and the story or a 404.

export function storyEntries(): { id: string }[] {
	return stories.map((s) => ({ id: s.id }));
}

export function requireStory(id: string): ResolvedStory {
	const story = findStory(id);
	if (!story) error(404, `No story "${id}"`);
	return story;
}
