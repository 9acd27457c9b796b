import { siteOrigin } from '$lib/server/siteOrigin';
import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;

// The site's origin makes the absolute URLs of the oEmbed link and the embed code.
export const load: PageServerLoad = ({ params }) => ({
	story: requireStory(params.id),
	siteOrigin
});
