import type { FrameLocator, Locator, Page } from '@playwright/test';
import { loaderSnippet } from '../../src/lib/embed/host/snippets';
import { expectNoAxeViolations } from './a11y';
import { expect, notInFirefox, storyId, test } from './fixtures';
import { contentFrame, expectFitted, hostScreenshot } from './embedHelpers';
import { startHostServer, type HostServer } from './hostServer';

// Reading in an embed: the selected event's passage shows without scrolling inside the frame.
// A frame of its own height docks the panel inside it (beside the timeline, or a sheet over
// it); a frame the loader sizes stays in the host's flow, and the host scrolls to the panel.

let host: HostServer;

const plane = 'starmer-remarks-on-plane';
const friday = 'zelenskyy-meets-trump';

/** A fixed frame, as the README's plain iframe, `width` × 640. */
function fixedFrame(width: number, query = ''): string {
	return `<iframe src="{{SITE}}/embed/${storyId}${query}" title="Timeline" width="${width}" height="640" style="border: 0; display: block"></iframe>`;
}

/** Paragraphs of the host's article, so that an embed after them starts below the fold. */
const article = Array.from(
	{ length: 12 },
	(_, i) => `<p>Paragraph ${i + 1} of the article, before its timeline.</p>`
).join('\n');

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	const target = { origin: site, storyId, storyTitle: 'Starmer’s week in Washington' };
	host.page('/wide.html', fixedFrame(700, `?event=${plane}`));
	host.page('/narrow.html', fixedFrame(360, '?theme=dark'));
	host.page('/loader.html', loaderSnippet(target, true));
	host.page('/loader-event.html', loaderSnippet({ ...target, options: { event: plane } }, true));
	host.page('/loader-below.html', `${article}\n${loaderSnippet(target, true)}`);
});

test.afterAll(async () => {
	await host.close();
});

/** Whether an element lies wholly inside its own frame's viewport. */
function insideFrame(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
	});
}

/** Whether an element inside a frame lies wholly inside the host page's viewport. */
async function insideHost(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const view = page.viewportSize()!;
	return !!box && box.y >= 0 && box.y + box.height <= view.height;
}

function frameScrollTop(page: Page): Promise<number> {
	return contentFrame(page.locator('iframe')).then((frame) =>
		frame.evaluate(() => document.scrollingElement!.scrollTop)
	);
}

/** A real click at the middle of a mark, where it is on screen (nothing scrolls it there). */
async function clickMark(page: Page, embed: FrameLocator, id: string): Promise<void> {
	const box = (await embed.locator(`.mark[data-event-id="${id}"] .point`).first().boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function ready(embed: FrameLocator): Promise<void> {
	await expect(embed.locator('html[data-hydrated]')).toBeAttached();
	await expect(embed.locator('[data-sourceline-plot] .mark').first()).toBeVisible();
}

/**
 * Where the frame is too short to draw the week's events apart, the Friday meeting is in the
 * week's last "+N" cluster: a reader taps it to zoom in, then taps the meeting.
 */
async function reachMark(page: Page, embed: FrameLocator, id: string): Promise<void> {
	const mark = embed.locator(`.mark[data-event-id="${id}"]`);
	if (await mark.isVisible()) return;
	const cluster = (await embed.locator('.cluster').last().boundingBox())!;
	await page.mouse.click(cluster.x + cluster.width / 2, cluster.y + cluster.height / 2);
	await expect(mark).toBeVisible();
}

test('a 700 × 640 frame opened at an event: the panel beside the timeline shows the passage', async ({
	browserName,
	page
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	await page.setViewportSize({ width: 1000, height: 900 });
	await page.goto(`${host.origin}/wide.html`);
	const embed = page.frameLocator('iframe');
	await ready(embed);
	const panel = embed.getByRole('region', { name: 'Source' });
	const passage = panel.locator('mark.passage').first();
	await expect(passage).toContainText('come again');
	await expect.poll(() => insideFrame(passage)).toBe(true);
	// Beside: the timeline keeps the frame's left part, the panel its right.
	const plot = (await embed.locator('.plot').boundingBox())!;
	const side = (await panel.boundingBox())!;
	expect(plot.x + plot.width).toBeLessThanOrEqual(side.x);
	expect(await frameScrollTop(page)).toBe(0);
	await hostScreenshot(page, 'embed-fixed-wide-start');

	await reachMark(page, embed, friday);
	await clickMark(page, embed, friday);
	await expect(passage).toContainText('face-to-face with Trump this Friday');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect.poll(() => insideFrame(passage)).toBe(true);
	expect(await frameScrollTop(page)).toBe(0);
	await hostScreenshot(page, 'embed-fixed-wide-click');
	await expectNoAxeViolations(page);

	// Escape closes it, and focus goes back to the mark.
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(embed.locator(`.mark[data-event-id="${friday}"]`)).toBeFocused();
	expect(await frameScrollTop(page)).toBe(0);
});

test('a 360 px wide frame, dark: the sheet over the timeline shows the passage; its button closes it', async ({
	browserName,
	page
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	await page.setViewportSize({ width: 600, height: 900 });
	await page.goto(`${host.origin}/narrow.html`);
	const embed = page.frameLocator('iframe');
	await ready(embed);
	await reachMark(page, embed, friday);
	const before = await frameScrollTop(page);
	await clickMark(page, embed, friday);
	const panel = embed.getByRole('region', { name: 'Source' });
	const passage = panel.locator('mark.passage').first();
	await expect(passage).toContainText('face-to-face with Trump this Friday');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect.poll(() => insideFrame(passage)).toBe(true);
	expect(await frameScrollTop(page)).toBe(before);
	// A sheet: the frame's full width, down to its bottom edge, over the timeline.
	const frame = (await page.locator('iframe').boundingBox())!;
	const sheet = (await panel.boundingBox())!;
	expect(sheet.width).toBeCloseTo(frame.width, 0);
	expect(sheet.y + sheet.height).toBeCloseTo(frame.y + frame.height, 0);
	expect(sheet.y).toBeLessThan(frame.y + 300);
	await hostScreenshot(page, 'embed-fixed-narrow-sheet');
	await expectNoAxeViolations(page);

	await panel.getByRole('button', { name: 'Close the source panel' }).click();
	await expect(panel).toHaveCount(0);
	await expect(embed.locator(`.mark[data-event-id="${friday}"]`)).toBeFocused();
});

test('with the loader: the host scrolls to the panel the reader opens, never on load', async ({
	browserName,
	page
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	await page.setViewportSize({ width: 900, height: 700 });
	// The page's own event opens the panel at start: the page stays where the reader is.
	await page.goto(`${host.origin}/loader-event.html`);
	let embed = page.frameLocator('iframe');
	await ready(embed);
	await expect(embed.locator('mark.passage').first()).toContainText('come again');
	await expectFitted(page.locator('iframe'));
	// Give a late message its chance to scroll the page.
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => scrollY)).toBe(0);

	await page.goto(`${host.origin}/loader.html`);
	embed = page.frameLocator('iframe');
	await ready(embed);
	await expectFitted(page.locator('iframe'));
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await clickMark(page, embed, friday);
	const passage = embed.locator('mark.passage').first();
	await expect(passage).toContainText('face-to-face with Trump this Friday');
	// The frame grew, and the page followed it down to the passage.
	await expectFitted(page.locator('iframe'));
	await expect.poll(() => insideHost(page, passage)).toBe(true);
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
	expect(await frameScrollTop(page)).toBe(0);
	await page.screenshot({ path: 'test-results/screenshots/embed-loader-after-click.png' });
});

test('with the loader: a deep link scrolls the host page to its embed and passage', async ({
	page
}) => {
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${host.origin}/loader-below.html?sourceline-event=${friday}`);
	const iframe = page.locator('iframe');
	const embed = page.frameLocator('iframe');
	await ready(embed);
	const passage = embed.locator('mark.passage').first();
	await expect(passage).toContainText('face-to-face with Trump this Friday');
	await expect.poll(() => insideHost(page, passage)).toBe(true);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	await expect(iframe).toBeInViewport();
	await page.screenshot({ path: 'test-results/screenshots/embed-loader-deep-link.png' });

	// Without the deep link the page stays at its top.
	await page.goto(`${host.origin}/loader-below.html`);
	await expect(iframe).toBeAttached();
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => scrollY)).toBe(0);
});
