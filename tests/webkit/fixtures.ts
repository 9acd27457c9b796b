import { test as base, expect } from '@playwright/test';
import type { WebDriver } from 'selenium-webdriver';
import { openSession, startWebKit, type WebKitServer } from './driver';

/**
 * WebKit journeys: Playwright Test runs them (one build and server for every engine, one
 * report), selenium-webdriver drives WebKitGTK. `driver` is a fresh browser per test, at
 * 1280 × 900, with the site's address as `site`.
 */
export const test = base.extend<{ driver: WebDriver; site: string }, { webkit: WebKitServer }>({
	webkit: [
		// Worker fixtures take no test fixtures: the pattern is empty on purpose.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await startWebKit();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	driver: async ({ webkit }, use) => {
		const driver = await openSession(webkit);
		await use(driver);
		await driver.quit();
	},
	site: async ({ baseURL }, use) => {
		await use(baseURL!);
	}
});

export { expect };
