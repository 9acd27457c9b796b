import { expect, mark, storyId, storyPath, test } from './fixtures';
import { expectNoAxeViolations, interactive } from './a11y';

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

test('the home page has no WCAG A/AA violations', async ({ page }) => {
	await page.goto('/');
	await expectNoAxeViolations(page);
});

test('the story page has no violations', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await expectNoAxeViolations(page);
});

test('with the source panel open, no violations', async ({ page }) => {
	await page.goto(storyPath);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(
		page.getByRole('heading', { name: 'Zelenskyy meets Trump on minerals deal' })
	).toBeFocused();
	await expectNoAxeViolations(page);
});

test('the list view, with an event open, has no violations', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('button', { name: 'List' }).click();
	await page.getByRole('link', { name: 'Starmer flies to Washington' }).click();
	await expect(page.getByRole('heading', { name: 'Starmer flies to Washington' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the dark theme, chosen on the page, has no violations', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await mark(page, 'starmer-remarks-on-plane').click();
	await expect(page.locator('.passage.active').first()).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the dark theme, from the system setting, has no violations in the list view', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('button', { name: 'List' }).click();
	await expectNoAxeViolations(page);
});

test('a 320 px screen has no violations', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	await page.goto(storyPath);
	await interactive(page);
	await expectNoAxeViolations(page);
});

test('the Embed dialog, open, has no violations', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the embed has no violations, with its reading panel open', async ({ page }) => {
	await page.goto(`/embed/${storyId}`);
	await interactive(page);
	await expectNoAxeViolations(page);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
	await expectNoAxeViolations(page);
});
