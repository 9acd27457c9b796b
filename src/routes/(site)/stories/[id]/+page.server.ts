import { dev } from '$app/environment';
import { base } from '$app/paths';
import { shareTags } from '$lib/card/shareTags';
import { oembedUrl } from '$lib/embed/host/oembed';
import { ISLANDS } from '$lib/island/entries';
import { builtIslandScripts } from '$lib/server/islandScripts';
import { siteOrigin } from '$lib/server/siteOrigin';
import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;

// The site's origin makes the absolute URLs of the oEmbed link and the embed code. The
// link's URL is made here: the oEmbed module brings the embed snippets with it, which the
// page needs only once the Embed dialog opens.
export const load: PageServerLoad = async ({ params }) => {
	const story = requireStory(params.id);
	return {
		story,
		siteOrigin,
		oembedHref: oembedUrl(siteOrigin, params.id),
		// What a site shows where the page's link is shared (Open Graph): its card, prerendered,
		// described in the story's language.
		share: await shareTags(siteOrigin, story),
		// From the site's root (a load's `base` is; a component's is relative while prerendered).
		homeHref: `${base}/`,
		scripts: builtIslandScripts(ISLANDS.storyPage, dev, base)
	};
};
