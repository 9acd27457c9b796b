import { expect, mark, storyPath, test } from './fixtures';
import { announcer, focusedEventId, interactive, publishedEvents, shapeInsidePlot } from './a11y';

// No mouse in this file: every step is a key press, as for a reader without a pointer.

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

/** Presses Tab until `done` holds; fails after `limit` presses. */
async function tabUntil(
	page: import('@playwright/test').Page,
	done: () => Promise<boolean>,
	limit = 20
): Promise<number> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		if (await done()) return presses;
	}
	throw new Error(`not reached in ${limit} presses of Tab`);
}

test('keyboard only: reach the timeline, move, zoom, open a passage, close it', async ({
	page,
	request
}) => {
	const ids = (await publishedEvents(request)).map((e) => e.id);
	await page.goto(storyPath);
	await interactive(page);

	// Land on the first event with Tab; the timeline is a single tab stop.
	await tabUntil(page, async () => (await focusedEventId(page)) !== null);
	expect(await focusedEventId(page)).toBe(ids[0]);
	await expect(page.locator('.mark[tabindex="0"]')).toHaveCount(1);
	// The focus ring is drawn (3 px, solid) round the focused event.
	const ring = await page
		.locator('.mark:focus')
		.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]);
	expect(ring).toEqual(['solid', '3px']);

	// Arrows move in time order; End and Home reach the ends.
	await page.keyboard.press('ArrowRight');
	expect(await focusedEventId(page)).toBe(ids[1]);
	await page.keyboard.press('ArrowRight');
	expect(await focusedEventId(page)).toBe(ids[2]);
	await page.keyboard.press('ArrowLeft');
	expect(await focusedEventId(page)).toBe(ids[1]);

	// Zoom in well past the point where the week fits, from the focused event.
	const status = announcer(page);
	// Three steps of 1.5 (quick presses add up): about five days of the week on screen.
	for (let i = 0; i < 3; i++) await page.keyboard.press('+');
	// Said once the zoom settles, in the axis's words, with the year.
	await expect(status).toHaveText(/^Showing \w{3} \d{1,2} \w{3}\b.* – .*\b20\d\d\b/);
	await expect(page.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
	// The focused event stayed in view: the zoom was anchored on it.
	await expect.poll(() => shapeInsidePlot(page, ids[1]!)).toBe(true);

	// Home and End go to the first and last event, panning each into view.
	await page.keyboard.press('End');
	expect(await focusedEventId(page)).toBe(ids.at(-1));
	await expect.poll(() => shapeInsidePlot(page, ids.at(-1)!)).toBe(true);
	await page.keyboard.press('Home');
	expect(await focusedEventId(page)).toBe(ids[0]);
	await expect.poll(() => shapeInsidePlot(page, ids[0]!)).toBe(true);
	// The browser never scrolled the clipped plot itself (marks and axis stay together).
	expect(await page.locator('.plot').evaluate((el) => el.scrollLeft)).toBe(0);

	// Up and down change lanes.
	const lane = async () => Number(await page.locator('.mark:focus').getAttribute('data-lane'));
	await page.keyboard.press('ArrowRight');
	// The view pans to the event: its marks are drawn again before the lane is read.
	await expect.poll(() => focusedEventId(page)).toBe(ids[1]);
	await expect.poll(() => shapeInsidePlot(page, ids[1]!)).toBe(true);
	const before = await lane();
	await page.keyboard.press(before === 0 ? 'ArrowDown' : 'ArrowUp');
	await expect.poll(lane).not.toBe(before);
	const opened = (await focusedEventId(page))!;

	// Enter opens the source: focus moves to the panel's heading, the passage is marked.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`\\?event=${opened}$`));
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(status).toHaveText(/^Source opened, \d+ passages? highlighted\.\s*$/);
	await expect(page.locator(`.passage.active[data-passage-of="${opened}"]`).first()).toBeVisible();

	// Escape closes it and puts focus back on the event.
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/event=/);
	await expect(mark(page, opened)).toBeFocused();
	await expect(status).toHaveText('Source closed.');

	// Space opens too; Tab leaves the timeline in one press.
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(new RegExp(`\\?event=${opened}$`));
	await page.keyboard.press('Escape');
	await expect(mark(page, opened)).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await focusedEventId(page)).toBeNull();
});

test('Tab back into a panned timeline brings the focused event into view', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await tabUntil(page, async () => (await focusedEventId(page)) !== null);
	for (let i = 0; i < 5; i++) await page.keyboard.press('+');
	await page.keyboard.press('End');
	const last = (await focusedEventId(page))!;
	await expect.poll(() => shapeInsidePlot(page, last)).toBe(true);

	// Leave backwards to the “Show earlier” button and pan the event out of view.
	const earlier = page.getByRole('button', { name: 'Show earlier' });
	while (!(await earlier.evaluate((el) => el === document.activeElement)))
		await page.keyboard.press('Shift+Tab');
	for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
	await expect.poll(() => shapeInsidePlot(page, last)).toBe(false);

	// Back in, past “Show later” and “Help and legend”: the same event has focus and is
	// panned into view.
	for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
	expect(await focusedEventId(page)).toBe(last);
	await expect.poll(() => shapeInsidePlot(page, last)).toBe(true);
	expect(await page.locator('.plot').evaluate((el) => el.scrollLeft)).toBe(0);
});

test('the list view by keyboard: switch, open an event, Escape returns to its link', async ({
	page
}) => {
	await page.goto(storyPath);
	await interactive(page);
	const list = page.getByRole('button', { name: 'List' });
	await tabUntil(page, () => list.evaluate((el) => el === document.activeElement));
	await page.keyboard.press('Enter');
	await expect(list).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.mark').first()).toBeHidden();

	const link = page.getByRole('link', { name: 'Macron visits the White House' });
	await tabUntil(page, () => link.evaluate((el) => el === document.activeElement));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?event=macron-white-house-visit$/);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Macron visits the White House' })
	).toBeFocused();
	await expect(link).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Escape');
	await expect(link).toBeFocused();
	await expect(link).not.toHaveAttribute('aria-current');
});

test('tabbing through the article never hides focus under the sticky timeline', async ({
	page
}) => {
	await page.goto(storyPath);
	await interactive(page);
	const passages = await page.locator('.passage').count();
	await tabUntil(page, () =>
		page.evaluate(() => document.activeElement?.classList.contains('passage') ?? false)
	);
	for (let i = 0; i < passages; i++) {
		const [top, stickyBottom] = await page.evaluate(() => [
			document.activeElement!.getBoundingClientRect().top,
			document.querySelector('.timeline-section')!.getBoundingClientRect().bottom
		]);
		expect(top, `passage ${i} is clear of the timeline`).toBeGreaterThanOrEqual(stickyBottom);
		await page.keyboard.press('Tab');
	}
});
