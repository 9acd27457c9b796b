import { expect, gotoInteractive, mark, screenshot, test } from './fixtures';

// How a story reads for someone arriving at it: where the stories are listed, and what an
// event's details look like when something in them fails.

test('the home page lists the newest story first', async ({ page }) => {
	await page.goto('/');
	const titles = page.locator('.stories > li > a');
	await expect(titles).toHaveText(['Starmer’s week in Washington', 'Women in Computing']);
});

test('a picture that fails to load keeps its alt text inside the event details', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	// Bytes that are no picture: the browser shows the alt text instead.
	await page.route('https://upload.wikimedia.org/**', (route) =>
		route.fulfill({ status: 200, contentType: 'image/png', body: 'not a picture' })
	);
	await gotoInteractive(page, '/stories/women-in-computing');
	await mark(page, 'ada-lovelace').click();
	const details = page.locator('[data-selected-event="ada-lovelace"]');
	const picture = details.getByRole('img', { name: /Portrait by Alfred Edward Chalon/ });
	await expect(picture).toBeVisible();
	const [pictureBox, detailsBox] = await Promise.all([
		picture.boundingBox(),
		details.boundingBox()
	]);
	expect(pictureBox && detailsBox).toBeTruthy();
	expect(pictureBox!.x).toBeGreaterThanOrEqual(detailsBox!.x - 0.5);
	expect(pictureBox!.x + pictureBox!.width).toBeLessThanOrEqual(
		detailsBox!.x + detailsBox!.width + 0.5
	);
	// Its words wrap within the picture's box rather than running past it.
	const spills = await picture.evaluate((img) => img.scrollWidth > img.clientWidth + 1);
	expect(spills).toBe(false);
	await screenshot(page, 'reading-broken-picture');
});
