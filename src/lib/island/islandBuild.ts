import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import { ISLAND_DIR, islandManifestFile } from './islandFiles.ts';

/**
 * Nearly every function of an island's entry runs while it draws the story, and V8 compiles a
 * function the first time it is called, on the main thread, within the task that first builds
 * the interface. With this hint, which must open the file, V8 compiles the whole entry while
 * it streams it, off the main thread (Chromium 136 on; other engines read a comment).
 */
const compiledEagerly: Plugin = {
	name: 'compiled-eagerly',
	// After Vite's own additions to the chunk (its map of preloaded files opens it).
	generateBundle: {
		order: 'post',
		handler(_, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && file.isEntry)
					file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
		}
	}
};

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The Vite build of one island (vite.config.ts runs it after the client build): its entry alone,
 * into the client output's `_app/immutable/islands/<name>/`, which the site serves as it is.
 * Svelte's own options come from svelte.config.js, as in the main build.
 */
export function islandBuild(name: string, entry: string, start?: string): InlineConfig {
	const dir = `${ISLAND_DIR}/${name}`;
	const chunk = `${dir}/[name]-[hash]`;
	return {
		configFile: false,
		root,
		logLevel: 'warn',
		plugins: [svelte(), compiledEagerly],
		resolve: { alias: { $lib: `${root}src/lib` } },
		// Chunks and workers find each other relative to the script that loads them.
		base: './',
		publicDir: false,
		worker: {
			format: 'es',
			rollupOptions: {
				output: {
					entryFileNames: `${dir}/workers/[name]-[hash].js`,
					chunkFileNames: `${dir}/workers/[hash].js`
				}
			}
		},
		build: {
			outDir: `${root}.svelte-kit/output/client`,
			emptyOutDir: false,
			assetsDir: dir,
			manifest: islandManifestFile(name),
			modulePreload: { polyfill: false },
			rollupOptions: {
				input: {
					[name]: `${root}${entry}`,
					...(start ? { [`${name}-start`]: `${root}${start}` } : {})
				},
				output: { entryFileNames: `${chunk}.js`, chunkFileNames: `${chunk}.js` }
			}
		}
	};
}
