import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';
import { servePictures } from './pictures';

/**
 * Firefox logs as errors the imports a frame still had under way when it was replaced, as
 * the Embed dialog's preview is while its options change, and the styles it was preloading;
 * Chromium logs nothing then, and still fails on any such error. Only those, of the built
 * embed's own files, are let through, and only in Firefox, whether logged or thrown (a
 * frame's unhandled rejection reaches the page's errors as well).
 */
const REPLACED_PREVIEW_ERRORS = [
	/^error loading dynamically imported module: .*\/islands\/builtEmbed\//,
	/^Unable to preload CSS for .*\/islands\/builtEmbed\//
];

/**
 * Every page a test opens fails the test if it logs a console error or throws, and is served
 * the built stories' pictures (pictures.ts), unless the spec says `servePictures: false`:
 * a page with routes has no HTTP cache, and the live specs need the browser's revalidation.
 */
export const test = base.extend<{
	consoleErrors: string[];
	servePictures: boolean;
	pictures: void;
}>({
	servePictures: [true, { option: true }],
	pictures: [
		async ({ page, servePictures: serve }, use) => {
			if (serve) await servePictures(page);
			await use();
		},
		{ auto: true }
	],
	consoleErrors: [
		async ({ page, browserName }, use) => {
			const errors: string[] = [];
			const allowed = browserName === 'firefox' ? REPLACED_PREVIEW_ERRORS : [];
			const note = (text: string) => {
				if (!allowed.some((pattern) => pattern.test(text))) errors.push(text);
			};
			page.on('console', (message) => {
				if (message.type() === 'error') note(message.text());
			});
			page.on('pageerror', (error) => note(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Marks the enclosing file or group as touch input: phone emulation (`isMobile`) and touch
 * events sent through Chromium's DevTools protocol. Playwright gives Firefox neither, so
 * there they skip with the reason; Firefox's taps and pinches run in tests/engines.
 */
export function touchOnly(): void {
	skipIn('firefox', TOUCH);
}

/** What Playwright cannot do in Firefox over WebDriver BiDi, as found here; Chromium does it. */
const FIREFOX_GAPS = {
	'colour scheme': 'Playwright cannot emulate a colour scheme in Firefox over WebDriver BiDi',
	'reduced motion': 'Playwright cannot emulate reduced motion in Firefox over WebDriver BiDi',
	'print media': 'Playwright cannot emulate print media in Firefox over WebDriver BiDi',
	'scripts off': 'Playwright cannot turn scripts off in Firefox over WebDriver BiDi',
	downloads:
		'Playwright reports no download that a page’s script starts, in Firefox over WebDriver BiDi',
	'cross-origin frame clicks':
		'Playwright’s clicks do not reach a frame from another origin in Firefox over WebDriver BiDi (the engine journeys click inside one: tests/engines)'
} as const;

/**
 * Marks the enclosing file or group, or (given the test's `browserName`) the test, as one
 * that needs what Playwright cannot do in Firefox: there it skips, naming the gap.
 */
export function notInFirefox(gap: keyof typeof FIREFOX_GAPS, browserName?: string): void {
	if (browserName === undefined) skipIn('firefox', FIREFOX_GAPS[gap]);
	else test.skip(browserName === 'firefox', FIREFOX_GAPS[gap]);
}

function skipIn(browser: string, reason: string): void {
	test.skip(({ browserName }) => browserName === browser, reason);
}

const TOUCH =
	'touch input: Playwright emulates a phone and sends touch events in Chromium only (Firefox touch runs in tests/engines)';

export const storyId = 'starmer-washington-week';
export const storyPath = `/stories/${storyId}`;

export function mark(page: Page, id: string): Locator {
	return page.locator(`.mark[data-event-id="${id}"]`);
}

/** Horizontal centre of an element, in page pixels. */
export async function centreX(locator: Locator): Promise<number> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('element has no box');
	return box.x + box.width / 2;
}

/** Left edge of an event's drawn shape (point or bar), in page pixels. */
export async function shapeX(page: Page, id: string): Promise<number> {
	const box = await mark(page, id).locator('.point, .bar').first().boundingBox();
	if (!box) throw new Error(`mark ${id} has no shape`);
	return box.x;
}

export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Opens a page and waits until it has hydrated, so its buttons have their handlers. */
export async function gotoInteractive(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The file that `act` downloads. */
export async function downloadOf(page: Page, act: () => Promise<void>): Promise<Download> {
	const downloading = page.waitForEvent('download');
	await act();
	return downloading;
}

/** Waits until the page has stopped scrolling. */
export async function scrollSettled(page: Page): Promise<void> {
	let last = -1;
	await expect
		.poll(async () => {
			const y = await page.evaluate(() => scrollY);
			const still = y === last;
			last = y;
			return still;
		})
		.toBe(true);
}
