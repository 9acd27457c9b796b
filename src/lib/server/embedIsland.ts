import { readFileSync } from 'node:fs';

/** The module of the built embed's own script, as the build's manifest names it. */
export const ISLAND_MODULE = 'src/lib/embed/island/main.ts';
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** One entry of Vite's build manifest: a chunk's file and the chunks it imports. */
interface ManifestChunk {
	file: string;
	imports?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

/** The script a page loads, and the modules it imports (preloaded, so none waits on another). */
export interface IslandScripts {
	entry: string;
	preload: string[];
}

/**
 * The built embed script and every chunk it imports statically, as site paths under `base`.
 * Chunks it loads on demand (the reading panel) are not preloaded. Each chunk once, even
 * where imports form a cycle.
 */
export function islandScripts(manifest: BuildManifest, base = ''): IslandScripts {
	const entry = manifest[ISLAND_MODULE];
	if (!entry) throw new Error(`${MANIFEST} has no ${ISLAND_MODULE}: was it built?`);
	const seen = new Set<string>([ISLAND_MODULE]);
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

/** The embed's script in the build being prerendered; the module itself on the dev server. */
export function builtIslandScripts(dev: boolean, base: string): IslandScripts {
	if (dev) return { entry: `${base}/${ISLAND_MODULE}`, preload: [] };
	return islandScripts(JSON.parse(readFileSync(MANIFEST, 'utf8')) as BuildManifest, base);
}
