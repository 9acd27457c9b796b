import type { Page } from '@playwright/test';
import { expect, gotoInteractive, mark, screenshot, storyId, storyPath, test } from './fixtures';
import { collectWarnings } from './embedHelpers';

// A host's own accent and font, passed as embed options: applied where they read well in
// both themes, refused with the contrast they have where they do not, never written raw.

const embedPath = `/embed/${storyId}`;
const property = (page: Page, name: string) =>
	page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
const pointColour = (page: Page, id: string) =>
	mark(page, id)
		.locator('.point')
		.evaluate((el) => getComputedStyle(el).borderTopColor);

test('an accent and a font from the address colour the marks and set the text', async ({
	page
}) => {
	await page.goto(`${embedPath}?accent=%23e03131&font=serif`);
	await expect(page.locator('.mark')).toHaveCount(11);
	await expect.poll(() => property(page, '--mark')).toBe('#e03131');
	expect(await pointColour(page, 'zelenskyy-meets-trump')).toBe('rgb(224, 49, 49)');
	const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
	expect(font).toMatch(/^Georgia/);
	// The selected event's label is filled with the accent, its words in a colour that reads on it.
	await mark(page, 'zelenskyy-meets-trump').click();
	const label = mark(page, 'zelenskyy-meets-trump').locator('.label');
	await expect(label).toHaveCSS('background-color', 'rgb(224, 49, 49)');
	await expect(label).toHaveCSS('color', 'rgb(255, 255, 255)');
	await screenshot(page, 'house-style-embed');
});

test('an accent that marks could not be seen in is refused, with its contrast', async ({
	page
}) => {
	const warnings = collectWarnings(page);
	await page.goto(`${embedPath}?accent=%23ffcc00&font=papyrus`);
	await expect(page.locator('.mark')).toHaveCount(11);
	await expect.poll(() => warnings.length).toBe(2);
	expect(warnings.sort()).toEqual([
		"Sourceline embed: ignoring accent=#ffcc00: its contrast against the light theme's background (#ffffff) is 1.51:1, under the 3:1 marks need",
		'Sourceline embed: ignoring font="papyrus": expected sans, serif, mono'
	]);
	expect(await property(page, '--mark')).not.toBe('#ffcc00');
});

test('nothing but a colour reaches the page’s style', async ({ page }) => {
	const warnings = collectWarnings(page);
	await page.goto(
		`${embedPath}?accent=${encodeURIComponent('#e03131;background:url(https://other.example/x)')}`
	);
	await expect(page.locator('.mark')).toHaveCount(11);
	await expect.poll(() => warnings.length).toBe(1);
	expect(await page.locator('html').getAttribute('style')).toBeNull();
});

test('the Embed dialog offers the accent and font, and says why an accent is left out', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await gotoInteractive(page, storyPath);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await dialog.getByLabel('Accent colour').fill('#1971c2');
	await dialog.getByLabel('Font').selectOption('serif');
	const preview = dialog.locator('iframe');
	await expect(preview).toHaveAttribute('src', `/embed/${storyId}?accent=%231971c2&font=serif`);
	await expect(dialog.locator('code[data-snippet="embed-loader"]')).toContainText(
		'data-sourceline-accent="#1971c2"'
	);
	const embed = dialog.frameLocator('iframe');
	await expect(embed.locator('.mark')).toHaveCount(11);
	await expect
		.poll(() =>
			embed.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--mark').trim())
		)
		.toBe('#1971c2');

	await dialog.getByLabel('Accent colour').fill('#ffcc00');
	await expect(dialog.getByRole('status').filter({ hasText: 'accent' })).toHaveText(
		/^The accent #ffcc00 is left out: its contrast against the light theme’s background \(#ffffff\) is 1\.51:1, under the 3:1 marks need\.$/
	);
	await expect(preview).toHaveAttribute('src', `/embed/${storyId}?font=serif`);
});
