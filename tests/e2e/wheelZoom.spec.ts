import type { Locator, Page } from '@playwright/test';
import { expect, gotoInteractive, screenshot, storyPath, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';
import { generateStory } from '../bench/stories.js';

// The wheel on a laptop: a plain wheel scrolls the page, Ctrl/⌘ + wheel (or a pinch) zooms,
// and the deepest zoom follows the finest date the story has.
test.use({ viewport: { width: 1366, height: 768 } });

const hour = 3_600_000;
const day = 24 * hour;

let host: HostServer;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	host = await startHostServer(testInfo.project.use.baseURL!);
	// Every event a time of day, over 2025.
	host.set('/data/timed.json', {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: JSON.stringify(generateStory(40, { instants: 1 }).story)
	});
});

test.afterAll(async () => {
	await host.close();
});

const plot = (page: Page) => page.locator('[data-sourceline-plot]');

/** The wall-clock range on screen, from the plot's hooks. */
const visible = (page: Page) =>
	plot(page).evaluate((el: HTMLElement): [string, string] => [
		el.dataset.visibleStart!,
		el.dataset.visibleEnd!
	]);
const visibleSpan = async (page: Page) => {
	const [start, end] = await visible(page);
	return Date.parse(end) - Date.parse(start);
};

/** Moves the mouse over the middle of the plot, or over `target` when it is drawn. */
async function overPlot(page: Page, target?: Locator): Promise<void> {
	const box = (await plot(page).boundingBox())!;
	const aim = target && (await target.count()) > 0 ? await target.boundingBox() : null;
	const x = aim ? aim.x + aim.width / 2 : box.x + box.width / 2;
	await page.mouse.move(x, box.y + box.height / 2);
}

/**
 * Ctrl + wheel up, one notch (100 px) at a time, until the zoom-in button gives up: over the
 * middle of the plot, or over `target`, aimed at again after every notch (at a year across,
 * a pixel is hours).
 */
async function zoomInAllTheWay(page: Page, target?: Locator): Promise<void> {
	const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
	await page.keyboard.down('Control');
	for (let notch = 0; notch < 40 && (await zoomIn.isEnabled()); notch++) {
		await overPlot(page, target);
		await page.mouse.wheel(0, -100);
		await page.waitForTimeout(20);
	}
	await page.keyboard.up('Control');
	await expect(zoomIn).toBeDisabled();
}

test('on the story page a plain wheel over the plot scrolls the page and says how to zoom', async ({
	page
}) => {
	await gotoInteractive(page, storyPath);
	const before = await visible(page);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	await overPlot(page);
	await page.mouse.wheel(0, 300);
	const hint = page.getByText('Use Ctrl (or ⌘) + scroll to zoom the timeline');
	await expect(hint).toBeVisible();
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	expect(await visible(page)).toEqual(before);
	await screenshot(page, 'story-wheel-hint');
	// Brief: it goes once the wheel stops.
	await expect(hint).toBeHidden({ timeout: 4_000 });
	// The help under the plot says the same, in a laptop's words.
	await expect(page.locator('#timeline-help')).toContainText(
		'Ctrl (or ⌘) + scroll or pinch to zoom, drag to pan.'
	);
	await expect(page.getByText('Pinch to zoom, drag sideways to pan.')).toBeHidden();
});

test('one Ctrl + wheel notch zooms by the + button’s step, no more; a small delta by a little', async ({
	page
}) => {
	await gotoInteractive(page, storyPath);
	const fitted = await visibleSpan(page);
	await overPlot(page);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -100);
	await expect.poll(() => visibleSpan(page)).toBeLessThan(fitted);
	const notched = await visibleSpan(page);
	expect(fitted / notched).toBeLessThanOrEqual(1.5 + 1e-3);
	expect(fitted / notched).toBeGreaterThan(1.45);
	// A trackpad pinch sends a few pixels at a time.
	await page.mouse.wheel(0, -5);
	await expect.poll(() => visibleSpan(page)).toBeLessThan(notched);
	const pinched = await visibleSpan(page);
	expect(notched / pinched).toBeCloseTo(Math.exp(0.05), 2);
	await page.keyboard.up('Control');
});

test('the window resized within a Ctrl + wheel zoom: the zoom holds, nothing loops', async ({
	page
}) => {
	await gotoInteractive(page, storyPath);
	const fitted = await visibleSpan(page);
	await overPlot(page);
	await page.keyboard.down('Control');
	for (let notch = 0; notch < 4; notch++) await page.mouse.wheel(0, -100);
	// d3-zoom's wheel gesture lasts 150 ms after its last event: the plot's new width lands in
	// it (as when a full-page picture is taken, or a phone turns).
	await page.setViewportSize({ width: 400, height: 768 });
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.keyboard.up('Control');
	await expect.poll(() => visibleSpan(page)).toBeLessThan(fitted / 2);
	// The page still answers (an effect loop would have stopped its updates).
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await expect.poll(() => visibleSpan(page)).toBeGreaterThan(fitted / 4);
});

test('a story dated to days zooms in no closer than about a day', async ({ page }) => {
	await gotoInteractive(page, storyPath);
	await zoomInAllTheWay(page);
	const span = await visibleSpan(page);
	// A day across the dated part of the plot, and the room kept for labels at its right.
	expect(span).toBeGreaterThanOrEqual(day);
	expect(span).toBeLessThan(1.5 * day);
	// Further notches change nothing, and are not the browser's page zoom either.
	const before = await visible(page);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await page.waitForTimeout(100);
	expect(await visible(page)).toEqual(before);
	expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
	await expect(plot(page).locator('.axis .unit')).toHaveText(
		/^Hours, \w{3} \d{1,2} \w{3}( \d{4})?( – \w{3} \d{1,2} \w{3})? \d{4} \(Europe\/London\)$/
	);
	await screenshot(page, 'story-deepest-zoom');
});

test('a story of times zooms to minutes, and the axis names the day', async ({ page }) => {
	const src = encodeURIComponent(`${host.origin}/data/timed.json`);
	await gotoInteractive(page, `/embed?src=${src}`);
	await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible();
	// Towards an event, so it is in view at the end.
	const id = await plot(page).locator('.mark').first().getAttribute('data-event-id');
	const event = plot(page).locator(`.mark[data-event-id="${id}"] .point`);
	await zoomInAllTheWay(page, event);
	const span = await visibleSpan(page);
	expect(span).toBeGreaterThanOrEqual(hour);
	expect(span).toBeLessThan(1.5 * hour);
	const axis = plot(page).locator('.axis');
	await expect(axis.locator('.unit')).toHaveText(
		/^Minutes, \w{3} \d{1,2} \w{3}( \d{4})?( – \w{3} \d{1,2} \w{3})? \d{4} \([\w/]+\)$/
	);
	// The ticks read times of day (or a midnight's day).
	const labels = await axis.locator('.tick text').allTextContents();
	expect(labels.length).toBeGreaterThanOrEqual(4);
	for (const label of labels) expect(label).toMatch(/^\d\d:\d\d$|^\w{3} \d{1,2} \w{3}$/);
	await expect(event).toBeInViewport();
	await screenshot(page, 'embed-times-deepest-zoom');
});
