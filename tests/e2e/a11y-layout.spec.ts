import type { Page } from '@playwright/test';
import { expect, screenshot, storyPath, test } from './fixtures';
import { interactive } from './a11y';

/** Pixels the page would scroll sideways (WCAG 1.4.10 wants none). */
const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('the list view shows every event as text, with dates and links', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('button', { name: 'List' }).click();
	await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Timeline of / })).toBeHidden();
	// The list is not sticky: the article scrolls past it rather than under it.
	expect(
		await page.locator('.timeline-section').evaluate((el) => getComputedStyle(el).position)
	).toBe('static');
	await screenshot(page, 'a11y-list');
});

test('at 320 px wide nothing scrolls sideways, in either view', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	await page.goto(storyPath);
	await interactive(page);
	for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Show earlier', 'Show later', 'List'])
		await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	await screenshot(page, 'a11y-320');

	await page.getByRole('button', { name: 'List' }).click();
	await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	await screenshot(page, 'a11y-320-list');
});

test('at 200% browser zoom the page reflows and every control is reachable', async ({ page }) => {
	// A 1280 × 900 window at 200% zoom lays out as 640 × 450 CSS pixels.
	await page.setViewportSize({ width: 640, height: 450 });
	await page.goto(storyPath);
	await interactive(page);
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	// Too short for a sticky timeline: it would cover most of the screen.
	expect(
		await page.locator('.timeline-section').evaluate((el) => getComputedStyle(el).position)
	).toBe('static');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.locator('.mark').first().focus();
	await page.keyboard.press('Enter');
	// Too narrow for the card beside the article: the event opens in a sheet over the
	// timeline, focus on its heading, in view...
	const sheet = page.getByRole('dialog');
	await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport();
	// ...and its last button takes focus on to the passage in the article.
	await sheet.getByRole('button', { name: 'Read the full article' }).focus();
	await page.keyboard.press('Enter');
	await expect(sheet).toBeHidden();
	const passage = page.locator('.passage.active').first();
	await expect(passage).toBeFocused();
	await expect(passage).toBeInViewport();
	await page.evaluate(() => scrollTo(0, 0));
	await screenshot(page, 'a11y-zoom-200');
});
