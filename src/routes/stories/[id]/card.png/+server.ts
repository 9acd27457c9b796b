import { cardPng } from '$lib/server/cardPng';
import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, RequestHandler } from './$types';

// One social card a story (its og:image), drawn at build time: see src/lib/card/.
export const prerender = true;

export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = async ({ params }) =>
	new Response(Buffer.from(await cardPng(requireStory(params.id))), {
		headers: { 'content-type': 'image/png' }
	});
