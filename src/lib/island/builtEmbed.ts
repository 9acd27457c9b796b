import BuiltEmbed from '$lib/components/pages/BuiltEmbed.svelte';
import { hydrateIsland } from './hydrateIsland';

// The script of /embed/<id> (see entries.ts).
void hydrateIsland(BuiltEmbed);
