import { json } from '@sveltejs/kit';
import { oembedFor } from '$lib/embed/host/oembed';
import { siteOrigin } from '$lib/server/siteOrigin';
import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, RequestHandler } from './$types';

// One oEmbed response a story, as a static file: a static site cannot answer the usual
// `/oembed?url=…` query, so each story page links its own file (oEmbed discovery).
export const prerender = true;

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) =>
	json(oembedFor(siteOrigin, requireStory(params.id)));
