import { expect, gotoInteractive, mark, screenshot, storyId, storyPath, test } from './fixtures';

// Searching a story: the box by keyboard, the address, the chips, and the embed's options.

const marks = (page: import('@playwright/test').Page) =>
	page.locator('[data-sourceline-plot] .mark');

test('typed into the box with real keys: "/" focuses, the timeline narrows, Escape clears', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoInteractive(page, storyPath);
	await expect(marks(page)).toHaveCount(11);
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('/');
	await expect(box).toBeFocused();
	await page.keyboard.type('dictator');
	const status = page.getByRole('search').locator('.status');
	await expect(status).toHaveText(/^\d+ of 11 events match$/);
	const count = Number((await status.textContent())!.split(' ')[0]);
	expect(count).toBeGreaterThan(0);
	expect(count).toBeLessThan(11);
	await expect(marks(page)).toHaveCount(count);
	await expect(mark(page, 'trump-calls-zelenskyy-dictator')).toBeVisible();
	await expect(mark(page, 'starmer-flies-to-washington')).toHaveCount(0);
	// The live region says it too, politely.
	await expect(page.locator('[role="status"][aria-live="polite"]')).toContainText(
		`${count} of 11 events match`
	);
	// The words are marked in the article's passages, as text.
	await expect(page.locator('.source-text mark.search-hit').first()).toHaveText(/dictator/i);
	await expect(page).toHaveURL(/[?&]q=dictator/);
	await screenshot(page, 'search-typed');

	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	await expect(marks(page)).toHaveCount(11);
	await expect(status).toHaveText('');
	await expect(page).not.toHaveURL(/[?&]q=/);
});

test('a link with ?q= opens the search; the list shows the same events, words marked', async ({
	page
}) => {
	await gotoInteractive(page, `${storyPath}?q=minerals`);
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await expect(box).toHaveValue('minerals');
	const status = page.getByRole('search').locator('.status');
	await expect(status).toHaveText(/^\d+ of 11 events match$/);
	const count = Number((await status.textContent())!.split(' ')[0]);
	await expect(marks(page)).toHaveCount(count);
	await expect(mark(page, 'zelenskyy-meets-trump')).toBeVisible();
	await expect(mark(page, 'starmer-flies-to-washington')).toHaveCount(0);

	await page.getByRole('button', { name: 'List', exact: true }).click();
	const items = page.locator('[data-events-view="list"] li');
	await expect(items).toHaveCount(count);
	await expect(items.locator('.title mark.search-hit').first()).toHaveText(/minerals/i);
});

test('a word no event has: the timeline says so', async ({ page }) => {
	await gotoInteractive(page, `${storyPath}?q=zzzzqqq`);
	await expect(page.getByText('No events match this search.')).toBeVisible();
	await expect(page.getByRole('search').locator('.status')).toHaveText('0 of 11 events match');
});

test('filter chips by how the date is known, in the address too', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await gotoInteractive(page, storyPath);
	await page.getByRole('button', { name: /^Filters/ }).click();
	const inferred = page.getByRole('button', { name: /inferred \d+$/i });
	await inferred.click();
	await expect(inferred).toHaveAttribute('aria-pressed', 'true');
	const label = (await inferred.textContent())!;
	const count = Number(label.trim().split(/\s+/).at(-1));
	await expect(marks(page)).toHaveCount(count);
	await expect(page.getByRole('search').locator('.status')).toHaveText(
		`${count} of 11 events match`
	);
	await expect(page).toHaveURL(/[?&]basis=inferred/);
	await screenshot(page, 'search-chips');
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(marks(page)).toHaveCount(11);
});

test('the embed takes q= as an option, and hide=search leaves the box out', async ({ page }) => {
	await gotoInteractive(page, `/embed/${storyId}?q=zelenskyy&hide=search`);
	await expect(page.getByRole('searchbox')).toHaveCount(0);
	await expect(mark(page, 'zelenskyy-meets-trump')).toBeVisible();
	await expect(mark(page, 'starmer-flies-to-washington')).toHaveCount(0);

	await gotoInteractive(page, `/embed/${storyId}?q=zelenskyy`);
	await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('zelenskyy');
	await screenshot(page, 'search-embed');
});

test('words typed before the search’s code arrives are searched and put in the address', async ({
	page
}) => {
	// The search's code on a slow line: the reader types before it is there.
	await page.route('**/storySearch.svelte-*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		await route.continue();
	});
	await gotoInteractive(page, storyPath);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('/');
	await page.keyboard.type('dictator');
	await expect(page.getByRole('search').locator('.status')).toHaveText(/^\d+ of 11 events match$/);
	await expect(page).toHaveURL(/[?&]q=dictator/);
});
