import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, firefoxPath } from './browser.js';
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
	// The end-to-end specs run in Chromium and in Firefox as installed (Debian's ESR, over
	// WebDriver BiDi). The engine journeys run in WebKit through its own WebDriver server
	// (Playwright's WebKit build is not installed here), and in Firefox through puppeteer for
	// the touch input Playwright cannot send it; an input a driver cannot send skips with the
	// reason.
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
			// New to this suite and slower on a shared 2-core machine: a test that fails once is
			// run once more, and one that passes only then is reported as flaky in the log.
			retries: 1,
			use: {
				...devices['Desktop Firefox'],
				browserName: 'firefox',
				channel: 'moz-firefox',
				launchOptions: { executablePath: firefoxPath }
			}
		},
		{ name: 'webkit', testDir: './engines', use: { engine: 'webkit' } },
		{ name: 'firefox-journeys', testDir: './engines', use: { engine: 'firefox' } }
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
