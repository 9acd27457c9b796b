import RemoteEmbed from '$lib/components/embed/RemoteEmbed.svelte';
import { hydrateIsland } from './hydrateIsland';

// The script of /embed?src= (see entries.ts).
void hydrateIsland(RemoteEmbed);
