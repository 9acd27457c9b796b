import { hydrate } from 'svelte';
import EmbedIsland from '$lib/components/embed/EmbedIsland.svelte';
import { markHydrated } from '$lib/ui/hydration';
import { ISLAND_ATTRIBUTE, readIslandProps } from './props';

// The script of /embed/<id>: takes over the prerendered embed (routes/embed/[id]).
const target = document.querySelector(`[${ISLAND_ATTRIBUTE}]`);
if (target) {
	hydrate(EmbedIsland, { target, props: readIslandProps(target) });
	markHydrated();
}
