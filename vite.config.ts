import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ISLAND_STARTS, ISLANDS } from './src/lib/island/entries.ts';
import { islandBuild } from './src/lib/island/islandBuild.ts';
import { chromiumLaunchOptions } from './tests/browser.js';

/**
 * Builds each island's script (src/lib/island/entries.ts) on its own, once the client build has
 * written its files: a build of its own is tree-shaken for that page alone, so an embed does not
 * carry the parts of Svelte's runtime (or of any shared module) that only the site's other
 * pages use. Each goes to `_app/immutable/islands/<name>/` with its on-demand chunks, its
 * workers and its manifest (islandScripts.ts reads it when the pages are prerendered).
 */
function islands(): Plugin {
	let client = false;
	return {
		name: 'sourceline-islands',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		writeBundle: {
			sequential: true,
			async handler() {
				if (!client) return;
				for (const [name, entry] of Object.entries(ISLANDS))
					await build(islandBuild(name, entry, ISLAND_STARTS[name as keyof typeof ISLANDS]));
			}
		}
	};
}

export default defineConfig({
	// No argument: sveltekit() reads svelte.config.js (an inline object would replace it).
	plugins: [sveltekit(), islands()],
	// Module workers: the story checker's worker loads the TimelineJS importer, and the CSV
	// reader for a published spreadsheet, on demand, each a chunk of its own.
	worker: { format: 'es' },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					browser: {
						enabled: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium' }],
						headless: true
					},
					include: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'tests/unit/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
