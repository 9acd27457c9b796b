import { dev } from '$app/environment';
import { base } from '$app/paths';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardUrl } from '$lib/card/cardFile';
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
export const load: PageServerLoad = ({ params }) => {
	const story = requireStory(params.id);
	return {
		story,
		siteOrigin,
		oembedHref: oembedUrl(siteOrigin, params.id),
		// What a site shows where the page's link is shared (Open Graph): its card, prerendered.
		pageUrl: new URL(`/stories/${encodeURIComponent(params.id)}`, siteOrigin).href,
		card: {
			url: cardUrl(siteOrigin, params.id),
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			alt: cardAlt(story)
		},
		// From the site's root (a load's `base` is; a component's is relative while prerendered).
		homeHref: `${base}/`,
		scripts: builtIslandScripts(ISLANDS.storyPage, dev, base)
	};
};
