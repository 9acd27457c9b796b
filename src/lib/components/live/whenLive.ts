import type { ResolvedStory } from '$lib/story/types';
import type { FollowedStory } from './followedStory.svelte';

/**
 * A built story's page or embed, asked to follow its file (`live=` in the address): the live
 * code loads then, and only then, so neither page's first load carries it.
 */
export async function whenLive(story: () => ResolvedStory): Promise<FollowedStory | null> {
	if (!new URL(location.href).searchParams.has('live')) return null;
	const { FollowedStory } = await import('./followedStory.svelte');
	const followed = new FollowedStory(story);
	followed.start();
	return followed;
}
