import { dev } from '$app/environment';
import { base } from '$app/paths';
import { ISLANDS } from '$lib/island/entries';
import { builtIslandScripts } from '$lib/server/islandScripts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	scripts: builtIslandScripts(ISLANDS.remoteEmbed, dev, base)
});
