import type { Locator, Page } from '@playwright/test';
import { expect, gotoInteractive, mark, screenshot, storyPath, test } from './fixtures';
import { PICTURE_HOSTS } from './pictures';

// Small pictures beside the labels of events whose media is an image, where the row has room
// (the second story has two), drawn once the page is up; never over another mark.

const secondStory = '/stories/women-in-computing';
const pictures = (page: Page) => page.locator('[data-sourceline-plot] .thumbnails img');

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
	const box = await locator.boundingBox();
	expect(box).not.toBeNull();
	return box!;
}

for (const size of [
	{ name: 'laptop', width: 1366, height: 768 },
	{ name: 'wide', width: 1920, height: 1080 }
]) {
	test(`at ${size.name} size a picture sits after its event's mark, clear of every other mark`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await gotoInteractive(page, secondStory);
		await expect(pictures(page).first()).toBeVisible();
		const plot = await boxOf(page.locator('[data-sourceline-plot]'));
		for (const picture of await pictures(page).all()) {
			const id = (await picture.getAttribute('data-event-id'))!;
			await expect(picture).toHaveJSProperty('complete', true);
			expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
			const box = await boxOf(picture);
			const label = await boxOf(mark(page, id).locator('.label'));
			// In the label's row, just after the mark (its label, or its bar where that is
			// longer), inside the plot.
			const drawn = await boxOf(mark(page, id));
			const end = Math.max(label.x + label.width, drawn.x + drawn.width);
			expect(box.x).toBeGreaterThanOrEqual(end);
			expect(box.x - end).toBeLessThan(12);
			expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2))).toBeLessThan(3);
			expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width);
			for (const other of await page
				.locator(`[data-sourceline-plot] .mark:not([data-event-id="${id}"]), .cluster`)
				.all()) {
				if (await other.isVisible()) expect(overlaps(box, await boxOf(other))).toBe(false);
			}
		}
		// Decoration: hidden from screen readers; the mark is what a click selects.
		await expect(page.locator('[data-sourceline-plot] .thumbnails')).toHaveAttribute(
			'aria-hidden',
			'true'
		);
		await screenshot(page, `thumbnails-${size.name}`);
	});
}

test('a picture that cannot be decoded is left out, not drawn broken', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	for (const host of PICTURE_HOSTS)
		await page.route(host, (route) =>
			route.fulfill({ status: 200, contentType: 'image/png', body: 'not a picture' })
		);
	await gotoInteractive(page, secondStory);
	// Each was tried, and each is hidden once it fails.
	await expect(pictures(page).first()).toBeAttached();
	await expect(page.locator('[data-sourceline-plot] .thumbnails img:not([hidden])')).toHaveCount(0);
	await expect(pictures(page).first()).toBeHidden();
});

test('a story without pictures never loads the pictures’ code', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await gotoInteractive(page, storyPath);
	await page.getByRole('button', { name: 'Zoom in' }).first().click();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('.thumbnails')).toHaveCount(0);
	// The same build's story with pictures asks for one more script for them.
	const before = new Set(scripts);
	await gotoInteractive(page, secondStory);
	await expect(pictures(page).first()).toBeVisible();
	const sourceOf = async (url: string) => (await (await page.request.get(url)).text()).length;
	const added = scripts.filter((url) => !before.has(url));
	const withThumbnails = [];
	for (const url of added)
		if ((await page.request.get(url).then((r) => r.text())).includes('thumbnails'))
			withThumbnails.push(url);
	expect(withThumbnails.length, `scripts: ${added.join(', ')}`).toBeGreaterThan(0);
	expect(await sourceOf(withThumbnails[0]!)).toBeGreaterThan(0);
});
