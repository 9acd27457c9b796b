import { test as base, expect } from '@playwright/test';
import type { WebDriver } from 'selenium-webdriver';
import { openSession, resetSession, startWebKit } from './driver';

/**
 * WebKit journeys: Playwright Test runs them (one build and server for every engine, one
 * report), selenium-webdriver drives WebKitGTK. One browser serves a worker's tests; `driver`
 * gives each test that browser at 1280 × 900 with the site's storage emptied, and `site` the
 * site's address.
 */
export const test = base.extend<{ driver: WebDriver; site: string }, { session: WebDriver }>({
	session: [
		// Worker fixtures take no test fixtures: the pattern is empty on purpose.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await startWebKit();
			try {
				const session = await openSession(server);
				await use(session);
				await session.quit();
			} finally {
				await server.stop();
			}
		},
		{ scope: 'worker' }
	],
	driver: async ({ session, baseURL }, use) => {
		await resetSession(session, baseURL!);
		await use(session);
	},
	site: async ({ baseURL }, use) => {
		await use(baseURL!);
	}
});

export { expect };
