import type { Page, Route } from '@playwright/test';
import { expect, mark, notInFirefox, screenshot, storyPath, test } from './fixtures';
import { interactive } from './a11y';

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const lightBackground = 'rgb(246, 245, 241)';
const darkBackground = 'rgb(18, 20, 23)';

test('the theme follows the system until the reader picks one, and the pick persists', async ({
	browserName,
	page
}) => {
	notInFirefox('colour scheme', browserName);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(storyPath);
	await interactive(page);
	await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();
	expect(await background(page)).toBe(darkBackground);

	await page.getByRole('radio', { name: 'Light' }).check();
	expect(await background(page)).toBe(lightBackground);
	await page.reload();
	await interactive(page);
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
	expect(await background(page)).toBe(lightBackground);

	// Back to Auto: the system's dark again, and nothing left in storage.
	await page.getByRole('radio', { name: 'Auto' }).check();
	expect(await background(page)).toBe(darkBackground);
	// No theme is kept until the reader picks one (the visit's own record is apart).
	expect(
		await page.evaluate(() =>
			Object.keys(localStorage).filter((k) => !k.startsWith('sourceline:seen:'))
		)
	).toEqual([]);
});

test('a stored dark choice is applied before the page is drawn, not after it loads', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await page.getByRole('radio', { name: 'Dark' }).check();

	// Hold back the app's JavaScript: what shows now is the prerendered HTML plus the
	// inline head script, as on the first paint.
	const held: Route[] = [];
	let released = false;
	await page.route('**/_app/immutable/**/*.js', (route) =>
		released ? route.continue() : void held.push(route)
	);
	// Not domcontentloaded: the page's own module script in the head, held, delays it.
	await page.goto(storyPath, { waitUntil: 'commit' });
	// Parsed (the held module script runs only after that).
	await page.waitForFunction(() => document.readyState !== 'loading');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// Once the stylesheet is in (the response has only begun to arrive at 'commit').
	await expect.poll(() => background(page)).toBe(darkBackground);
	// Not hydrated yet: the timeline shown is the prerendered picture, in the dark theme too.
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
	await expect(page.locator('.mark').first()).toBeVisible();

	released = true;
	for (const route of held) await route.continue();
	await interactive(page);
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('dark theme: focus stays visible on the selected event', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('radio', { name: 'Dark' }).check();
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
	// Back from the panel to the timeline: the selected event takes focus.
	await page.keyboard.press('Shift+Tab');
	const selected = mark(page, 'zelenskyy-meets-trump');
	await expect(selected).toBeFocused();
	await expect(selected).toHaveAttribute('aria-pressed', 'true');
	const ring = await selected.evaluate((el) => {
		const style = getComputedStyle(el);
		return { style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
	});
	// 3 px of --focus (#7fb0ff in the dark theme) round the whole mark, outside its label.
	expect(ring).toEqual({ style: 'solid', width: '3px', colour: 'rgb(127, 176, 255)' });
	await page.mouse.move(0, 0);
	await page.evaluate(() => scrollTo(0, 0));
	await screenshot(page, 'a11y-dark');
});
