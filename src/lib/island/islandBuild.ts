import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { ISLAND_DIR, islandManifestFile } from './islandFiles.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The Vite build of one island (vite.config.ts runs it after the client build): its entry alone,
 * into the client output's `_app/immutable/islands/<name>/`, which the site serves as it is.
 * Svelte's own options come from svelte.config.js, as in the main build.
 */
export function islandBuild(name: string, entry: string): InlineConfig {
	const dir = `${ISLAND_DIR}/${name}`;
	const chunk = `${dir}/[name]-[hash]`;
	return {
		configFile: false,
		root,
		logLevel: 'warn',
		plugins: [svelte()],
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
				input: { [name]: `${root}${entry}` },
				output: { entryFileNames: `${chunk}.js`, chunkFileNames: `${chunk}.js` }
			}
		}
	};
}
