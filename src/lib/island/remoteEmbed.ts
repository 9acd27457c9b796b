import RemoteEmbed from '$lib/components/pages/RemoteEmbed.svelte';
import { hydrateIsland } from './hydrateIsland';

// The script of /embed?src= (see entries.ts).
void hydrateIsland(RemoteEmbed);
