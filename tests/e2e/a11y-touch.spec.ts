import { devices, type Page } from '@playwright/test';
import { expect, mark, shapeX, storyPath, test, touchOnly } from './fixtures';
import { interactive } from './a11y';
import { touchGesture } from './touch';

// A phone: touch events, a mobile viewport and no mouse.
touchOnly();
test.use({ ...devices['Pixel 5'] });

async function plotBox(page: Page) {
	const box = await page.locator('.plot').boundingBox();
	if (!box) throw new Error('no plot');
	return box;
}

/** The time on screen, from the plot's hooks (only marks in view are drawn). */
const visibleSpan = (page: Page) =>
	page
		.locator('[data-sourceline-plot]')
		.evaluate(
			(el: HTMLElement) => Date.parse(el.dataset.visibleEnd!) - Date.parse(el.dataset.visibleStart!)
		);

test('pinch zooms the timeline', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	const before = await visibleSpan(page);
	const box = await plotBox(page);
	const y = box.y + 20;
	const cx = box.x + box.width / 2;
	const cdp = await page.context().newCDPSession(page);
	await touchGesture(
		cdp,
		[
			{ x: cx - 30, y },
			{ x: cx + 30, y }
		],
		[
			{ x: cx - 120, y },
			{ x: cx + 120, y }
		]
	);
	// Fingers four times as far apart: the scale follows them.
	await expect.poll(() => visibleSpan(page)).toBeLessThan(before / 3);
	await expect(page.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
});

test('one finger pans the timeline sideways', async ({ page }) => {
	// Zoom without animation, and wait until it has landed, so the pan is measured alone.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(storyPath);
	await interactive(page);
	const fitted = await visibleSpan(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).tap();
	await page.getByRole('button', { name: 'Zoom in', exact: true }).tap();
	await expect.poll(async () => fitted / (await visibleSpan(page))).toBeCloseTo(2.25, 3);
	const box = await plotBox(page);
	const y = box.y + 20;
	// Mid-week, in view at this zoom (on a phone the fit's last events are in a cluster).
	const x0 = await shapeX(page, 'macron-white-house-visit');
	const cdp = await page.context().newCDPSession(page);
	await touchGesture(cdp, [{ x: box.x + box.width * 0.7, y }], [{ x: box.x + box.width * 0.3, y }]);
	const moved = box.width * 0.4;
	await expect
		.poll(async () => (await shapeX(page, 'macron-white-house-visit')) - x0)
		.toBeCloseTo(-moved, -1);
	expect(await page.evaluate(() => scrollX)).toBe(0);
});

test('the help speaks of pinch and drag, not of a wheel and Ctrl', async ({ page }) => {
	await page.goto(storyPath);
	const help = page.locator('#timeline-help');
	await expect(help).toContainText('Pinch to zoom, drag sideways to pan.');
	await expect(page.getByText('Ctrl (or ⌘) + scroll or pinch to zoom')).toBeHidden();
	// And the plot is described in the same words, the hidden ones left out.
	await expect(page.locator('[data-sourceline-plot]')).toHaveAccessibleDescription(
		/^Pinch to zoom, drag sideways to pan\. Keys: /
	);
});

test('a tap opens an event in a sheet over the timeline, its passage in view', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	// On a phone the fit gives each of the week's events a labelled mark of its own: none is
	// merged into a cluster, and the reader taps the event itself.
	await expect(page.locator('[data-sourceline-plot] .cluster')).toHaveCount(0);
	await expect(mark(page, 'zelenskyy-meets-trump').locator('.label')).toBeVisible();
	await mark(page, 'zelenskyy-meets-trump').tap();
	await expect(page).toHaveURL(/\?event=zelenskyy-meets-trump$/);
	await expect(page.getByRole('dialog').locator('mark.passage')).toBeInViewport();
});

test('outside the timeline, and across it, a vertical swipe scrolls the page', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	const cdp = await page.context().newCDPSession(page);
	const viewport = page.viewportSize()!;
	const x = viewport.width / 2;

	// On the article below the timeline.
	await page.locator('.sources').scrollIntoViewIfNeeded();
	const start = await page.evaluate(() => scrollY);
	await touchGesture(cdp, [{ x, y: viewport.height * 0.8 }], [{ x, y: viewport.height * 0.3 }]);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(start + 100);

	// On the timeline itself: vertical swipes belong to the page, not to the zoom.
	await page.evaluate(() => scrollTo(0, 0));
	const box = await plotBox(page);
	const before = await visibleSpan(page);
	await touchGesture(cdp, [{ x, y: box.y + box.height - 10 }], [{ x, y: box.y + 10 }]);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(50);
	expect(await visibleSpan(page)).toBe(before);
});
