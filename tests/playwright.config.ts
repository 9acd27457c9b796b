import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.js';
import type { EngineOptions } from './engines/fixtures';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig<EngineOptions>({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		// The reader's own clock zone must not move the story's dates: run in a zone far
		// from the story's (Europe/London) so a leak would show.
		timezoneId: 'America/Los_Angeles',
		locale: 'en-GB',
		trace: 'off'
	},
	// The end-to-end specs run in Chromium. The engine journeys run in WebKit and Firefox, each
	// through its own driver (Playwright's WebKit and Firefox builds are not installed here,
	// and it cannot drive this Firefox ESR); an input a driver cannot send skips with the reason.
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				browserName: 'chromium',
				launchOptions: chromiumLaunchOptions
			}
		},
		{ name: 'webkit', testDir: './engines', use: { engine: 'webkit' } },
		{ name: 'firefox', testDir: './engines', use: { engine: 'firefox' } }
	],
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		cwd: '..',
		// Absolute URLs in the build (oEmbed, embed code) must point at this preview.
		env: { PUBLIC_SITE_ORIGIN: `http://localhost:${port}` },
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
