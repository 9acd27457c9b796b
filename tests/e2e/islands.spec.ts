import type { Page } from '@playwright/test';
import { expect, gotoInteractive, mark, storyId, storyPath, test } from './fixtures';

// Both embeds and the story page are hydrated by their own scripts, without SvelteKit's
// client: a frame in another site's page never navigates, and a story page's links are plain
// links, so they load none of the router.

/** Opens `path` and says which scripts it loaded and whether hydration warned. */
async function openIsland(page: Page, path: string) {
	const scripts: string[] = [];
	const warnings: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	await gotoInteractive(page, path);
	return {
		scripts,
		kitEntries: () => scripts.filter((path) => /\/entry\/(start|app)\./.test(path)),
		hydrationWarnings: () => warnings.filter((text) => /hydrat/i.test(text))
	};
}

test('the built embed takes over its prerendered HTML with its own script', async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 700 });
	const island = await openIsland(page, `/embed/${storyId}`);

	// No router: neither of SvelteKit's client entries was loaded.
	expect(island.scripts.length).toBeGreaterThan(0);
	expect(island.kitEntries()).toEqual([]);
	// The prerendered markup was taken over as it was, not thrown away and drawn again.
	expect(island.hydrationWarnings()).toEqual([]);

	// And everything a reader does still works: Ctrl + wheel zooms…
	const plot = page.locator('[data-sourceline-plot]');
	const start = await plot.getAttribute('data-visible-start');
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -200);
	await page.keyboard.up('Control');
	await expect(plot).not.toHaveAttribute('data-visible-start', start!);

	// …a click opens the event's passage in the panel (loaded on demand), and the address
	// records it for the host's deep link.
	await page.getByRole('button', { name: 'Fit all' }).click();
	await mark(page, 'zelenskyy-meets-trump').click();
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.locator('mark.passage').first()).toBeVisible();
	await expect(page).toHaveURL(/[?&]event=zelenskyy-meets-trump\b/);
	await expect(page.getByRole('link', { name: 'Full story on Sourceline ↗' })).toHaveAttribute(
		'href',
		`/stories/${storyId}?event=zelenskyy-meets-trump`
	);
});

test('the embed of a story from a URL loads it with its own script too', async ({ page }) => {
	const island = await openIsland(page, `/embed?src=/stories/${storyId}.json`);
	await expect(page.locator('.mark')).toHaveCount(11);
	expect(island.kitEntries()).toEqual([]);
	expect(island.hydrationWarnings()).toEqual([]);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(
		page.getByRole('region', { name: 'Source' }).locator('mark.passage').first()
	).toBeVisible();
	await expect(page).toHaveURL(/[?&]event=zelenskyy-meets-trump\b/);
	// The story's address stays in the address bar beside the event.
	await expect(page).toHaveURL(/[?&]src=/);
});

test('the story page, reached from the home page, is a document of its own', async ({ page }) => {
	await gotoInteractive(page, '/');
	await page.evaluate(() => ((window as { home?: boolean }).home = true));
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.getByRole('link', { name: 'Starmer’s week in Washington' }).click();
	await expect(page).toHaveURL(storyPath);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// Loaded by the browser, not drawn into the home page by the router.
	expect(await page.evaluate(() => (window as { home?: boolean }).home)).toBeUndefined();
	expect(scripts.filter((path) => /\/entry\/(start|app)\./.test(path))).toEqual([]);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(page).toHaveURL(/[?&]event=zelenskyy-meets-trump\b/);
	await page.getByRole('link', { name: 'Sourceline', exact: true }).click();
	await expect(page).toHaveURL(/\/$/);
});
