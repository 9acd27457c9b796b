/**
 * Pages that run without SvelteKit's client, each hydrated by its own entry of the client
 * build instead. An embed lives in a frame that never navigates, and a story page is a
 * document whose links are plain links, so neither needs a router: each is prerendered with
 * `csr = false` and loads only its island's script (about 13 KB gzip'd less). vite.config.ts adds these entries to the build; the pages find their files
 * in the build's manifest (src/lib/server/islandScripts.ts).
 */
export const ISLANDS = {
	/** /embed/<id>: a story built with the site. */
	builtEmbed: 'src/lib/island/builtEmbed.ts',
	/** /embed?src=: a story from elsewhere, checked in a worker. */
	remoteEmbed: 'src/lib/island/remoteEmbed.ts',
	/** /stories/<id>: a story and its sources. */
	storyPage: 'src/lib/island/storyPage.ts'
} as const;

export type IslandEntry = (typeof ISLANDS)[keyof typeof ISLANDS];

/**
 * A module an island's page runs at once, in a script of its own, before the island's entry
 * (which imports it too, so it runs once) has downloaded: /embed?src= starts loading its story.
 */
export const ISLAND_STARTS: Partial<Record<keyof typeof ISLANDS, string>> = {
	remoteEmbed: 'src/lib/embed/remote/earlyStory.ts'
};

/**
 * The script a page loads, and the modules it imports (preloaded, so none waits on another);
 * `start`, the island's first script (ISLAND_STARTS), if it has one.
 */
export interface IslandScripts {
	entry: string;
	preload: string[];
	start?: string;
}
