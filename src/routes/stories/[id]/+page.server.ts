import { error } from '@sveltejs/kit';
import { findStory, stories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => stories.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const story = findStory(params.id);
	if (!story) error(404, `No story "${params.id}"`);
	return { story };
};
