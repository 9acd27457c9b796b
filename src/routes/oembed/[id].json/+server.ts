import { json } from '@sveltejs/kit';
import { oembedFor } from '$lib/embed/host/oembed';
import { frameTitle } from '$lib/embed/host/snippets';
import { pickLocale } from '$lib/i18n/locales';
import { sharingCatalogue } from '$lib/i18n/sharing/words';
import { siteOrigin } from '$lib/server/siteOrigin';
import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, RequestHandler } from './$types';

// One oEmbed response a story, as a static file: a static site cannot answer the usual
// `/oembed?url=…` query, so each story page links its own file (oEmbed discovery).
export const prerender = true;

export const entries: EntryGenerator = storyEntries;

// The frame is named in the story's language, as the embed speaks it by default.
export const GET: RequestHandler = async ({ params }) => {
	const story = requireStory(params.id);
	const words = await sharingCatalogue(pickLocale(null, story.language));
	return json(oembedFor(siteOrigin, story, frameTitle(story.title, words.frameTitle)));
};
