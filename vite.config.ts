import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ISLANDS } from './src/lib/island/entries.ts';
import { chromiumLaunchOptions } from './tests/browser.js';

/** Adds each island's script (src/lib/island/entries.ts) to the client build as an entry. */
function islands(): Plugin {
	let client = false;
	return {
		name: 'sourceline-islands',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (client) for (const id of Object.values(ISLANDS)) this.emitFile({ type: 'chunk', id });
		}
	};
}

export default defineConfig({
	// No argument: sveltekit() reads svelte.config.js (an inline object would replace it).
	plugins: [sveltekit(), islands()],
	// The story worker is a module worker: what it loads on demand (the CSV reader, for a
	// published spreadsheet) stays a chunk of its own instead of being inlined into it.
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
