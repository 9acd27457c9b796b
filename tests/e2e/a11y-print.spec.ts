import { expect, mark, notInFirefox, screenshot, storyPath, test } from './fixtures';
import { interactive } from './a11y';

test('print: the event list and the article with its passages marked, no controls', async ({
	browserName,
	page
}) => {
	notInFirefox('print media', browserName);
	await page.setViewportSize({ width: 900, height: 900 });
	await page.goto(storyPath);
	await interactive(page);
	// The worst case for paper: the dark theme, the timeline view, an event open.
	await page.getByRole('radio', { name: 'Dark' }).check();
	await mark(page, 'zelenskyy-meets-trump').click();
	await page.emulateMedia({ media: 'print' });

	await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
	await expect(page.getByRole('listitem')).toHaveCount(11);
	await expect(page.locator('.plot')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'List' })).toBeHidden();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Close the source panel' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
	await expect(page.locator('.passage mark').first()).toBeVisible();

	// Ink on white, and highlights that survive the printer's background setting.
	const paper = await page.evaluate(() => ({
		body: getComputedStyle(document.body).backgroundColor,
		text: getComputedStyle(document.body).color,
		mark: getComputedStyle(document.querySelector('.passage mark')!).printColorAdjust
	}));
	expect(paper).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(27, 31, 36)', mark: 'exact' });
	await screenshot(page, 'a11y-print');

	// And it really prints.
	const pdf = await page.pdf({ format: 'A4', path: 'test-results/screenshots/a11y-print.pdf' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
