import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, firefoxProject } from './browser.js';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
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
	// Every spec runs in Chromium and Firefox; a spec an engine cannot drive skips there with
	// the reason.
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				browserName: 'chromium',
				launchOptions: chromiumLaunchOptions
			}
		},
		{
			name: 'firefox',
			use: { ...devices['Desktop Firefox'], browserName: 'firefox', ...firefoxProject }
		},
		// WebKit has no Playwright build here: its journeys drive WebKitGTK over WebDriver.
		{ name: 'webkit', testDir: './webkit' }
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
