import { requireStory, storyEntries } from '$lib/server/storyRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ params }) => ({ story: requireStory(params.id) });
