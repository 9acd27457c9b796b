import { readFileSync } from 'node:fs';
import type { IslandEntry, IslandScripts } from '$lib/island/entries';

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

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
	base = ''
): IslandScripts {
	const entry = manifest[island];
	if (!entry) throw new Error(`${MANIFEST} has no ${island}: was it built?`);
	const seen = new Set<string>([island]);
	const queue = [...(entry.imports ?? [])];
	const preload: string[] = [];
	for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
		if (seen.has(key)) continue;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`${MANIFEST}: ${key} is imported but not listed`);
		preload.push(`${base}/${chunk.file}`);
		queue.push(...(chunk.imports ?? []));
	}
	return { entry: `${base}/${entry.file}`, preload };
}

/** An island's script in the build being prerendered; the module itself on the dev server. */
export function builtIslandScripts(island: IslandEntry, dev: boolean, base: string): IslandScripts {
	if (dev) return { entry: `${base}/${island}`, preload: [] };
	return islandScripts(JSON.parse(readFileSync(MANIFEST, 'utf8')) as BuildManifest, island, base);
}
