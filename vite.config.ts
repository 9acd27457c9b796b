import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/browser.js';

/**
 * The embed of a built story runs without SvelteKit's client: its page loads one more entry of
 * the client build, src/lib/embed/island/main.ts, which shares the build's chunks (Svelte,
 * d3, the timeline). The page finds the entry's file in the build manifest when prerendered.
 */
function embedIsland(): Plugin {
	let client = false;
	return {
		name: 'sourceline-embed-island',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (client) this.emitFile({ type: 'chunk', id: 'src/lib/embed/island/main.ts' });
		}
	};
}

export default defineConfig({
	// No argument: sveltekit() reads svelte.config.js (an inline object would replace it).
	plugins: [sveltekit(), embedIsland()],
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
