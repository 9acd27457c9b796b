import StoryPage from '$lib/components/pages/StoryPage.svelte';
import { hydrateIsland } from './hydrateIsland';

// The script of /stories/<id> (see entries.ts).
void hydrateIsland(StoryPage);
