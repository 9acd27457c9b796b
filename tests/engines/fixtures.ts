import { test as base, expect } from '@playwright/test';
import type { Engine, EngineName, Input, Page } from './driver';
import { startFirefox } from './firefox';
import { startWebKit } from './webkit';

/** The option each engine's project sets (tests/playwright.config.ts). */
export interface EngineOptions {
	engine: EngineName;
}

const starters = { webkit: startWebKit, firefox: startFirefox };

/**
 * Engine journeys: Playwright Test runs them (one build and server for every engine, one
 * report), the project's `engine` says which driver drives the browser. One browser serves a
 * worker's tests; `driver` gives each test a page of it at 1280 × 900 with the site's storage
 * empty, and `site` the site's address.
 */
export const test = base.extend<
	{ driver: Page; site: string },
	EngineOptions & { browserEngine: Engine }
>({
	engine: ['webkit', { option: true, scope: 'worker' }],
	browserEngine: [
		async ({ engine }, use, workerInfo) => {
			const timezone = workerInfo.project.use.timezoneId ?? 'UTC';
			const browser = await starters[engine]({ timezone });
			try {
				await use(browser);
			} finally {
				await browser.close();
			}
		},
		{ scope: 'worker' }
	],
	driver: async ({ browserEngine, baseURL }, use) => {
		const page = await browserEngine.page(baseURL!);
		await use(page);
		await page.close();
	},
	site: async ({ baseURL }, use) => {
		await use(baseURL!);
	}
});

/** Skips the rest of the test where the engine's driver cannot send `input`, saying why. */
export function needs(page: Page, input: Input): void {
	const reason = page.missing[input];
	test.skip(reason !== undefined, reason);
}

export { expect };
