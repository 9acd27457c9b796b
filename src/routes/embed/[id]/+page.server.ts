import { dev } from '$app/environment';
import { base } from '$app/paths';
import { ISLANDS } from '$lib/island/entries';
import { builtIslandScripts } from '$lib/server/islandScripts';
import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;

// Paths from the site's root (a load's `base` is; a component's is relative while it is
// prerendered): the script keeps using them after the reader changes the address.
export const load: PageServerLoad = ({ params }) => {
	const story = requireStory(params.id);
	return {
		story,
		storyHref: `${base}/stories/${encodeURIComponent(story.id)}`,
		scripts: builtIslandScripts(ISLANDS.builtEmbed, dev, base)
	};
};
