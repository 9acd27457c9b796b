import { error, json } from '@sveltejs/kit';
import { findStory, stories } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

// The resolved story, public: embeds and other tools read it. See the README.
// Server routes are not covered by the layout's prerender flag: say it here.
export const prerender = true;

export const entries: EntryGenerator = () => stories.map((s) => ({ id: s.id }));

export const GET: RequestHandler = ({ params }) => {
	const story = findStory(params.id);
	if (!story) error(404, `No story "${params.id}"`);
	return json(story);
};
