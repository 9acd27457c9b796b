import { readFileSync } from 'node:fs';
import { ISLAND_STARTS, ISLANDS, type IslandEntry, type IslandScripts } from '$lib/island/entries';
import { islandManifestFile } from '$lib/island/islandFiles';

/** The build manifest of an island's own build (src/lib/island/islandBuild.ts). */
const islandName = (island: IslandEntry) =>
	(Object.entries(ISLANDS).find(([, entry]) => entry === island)?.[0] ??
		island) as keyof typeof ISLANDS;
const manifestOf = (island: IslandEntry) =>
	`.svelte-kit/output/client/${islandManifestFile(islandName(island))}`;

/** One entry of Vite's build manifest: a chunk's file and the chunks it imports. */
interface ManifestChunk {
	file: string;
	imports?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

/**
 * An island's built script and every chunk it imports statically, as site paths under
 * `base`. Chunks it loads on demand (the reading panel) are not preloaded. Each chunk once,
 * even where imports form a cycle.
 */
export function islandScripts(
	manifest: BuildManifest,
	island: IslandEntry,
	base = '',
	start?: string
): IslandScripts {
	const entry = manifest[island];
	if (!entry) throw new Error(`${manifestOf(island)} has no ${island}: was it built?`);
	const first = start === undefined ? undefined : manifest[start];
	if (start !== undefined && !first)
		throw new Error(`${manifestOf(island)} has no ${start}: was it built?`);
	// The first script runs on its own, before the entry: it is not preloaded as well.
	const seen = new Set<string>([island, ...(start === undefined ? [] : [start])]);
	const queue = [...(entry.imports ?? [])];
	const preload: string[] = [];
	for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
		if (seen.has(key)) continue;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${manifestOf(island)}: ${key} is imported but not listed`);
		preload.push(`${base}/${chunk.file}`);
		queue.push(...(chunk.imports ?? []));
	}
	return {
		entry: `${base}/${entry.file}`,
		preload,
		...(first ? { start: `${base}/${first.file}` } : {})
	};
}

/** An island's script in the build being prerendered; the module itself on the dev server. */
export function builtIslandScripts(island: IslandEntry, dev: boolean, base: string): IslandScripts {
	const start = ISLAND_STARTS[islandName(island)];
	if (dev) return { entry: `${base}/${island}`, preload: [] };
	const manifest = JSON.parse(readFileSync(manifestOf(island), 'utf8')) as BuildManifest;
	return islandScripts(manifest, island, base, start);
}
