import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import {
	expect,
	gotoInteractive,
	mark,
	screenshot,
	scrollSettled,
	storyPath,
	test,
	touchOnly
} from './fixtures';

// Select an event, and its passage is on screen: on a laptop below the pinned timeline,
// beside the event's details; on a phone in a sheet over the timeline, which Back closes.

const ID = 'zelenskyy-meets-trump';
const TITLE = 'Zelenskyy meets Trump on minerals deal';

/** The passage's box and the pinned block's bottom, once the page has stopped scrolling. */
async function settledBoxes(page: Page) {
	await scrollSettled(page);
	return page.evaluate(() => {
		const passage = document.querySelector('.source:not([hidden]) .passage.active')!;
		const pinned = document.querySelector('.timeline-section')!.getBoundingClientRect();
		const box = passage.getBoundingClientRect();
		return { top: box.top, bottom: box.bottom, pinnedBottom: pinned.bottom, pinned };
	});
}

async function expectPassageInReadingArea(page: Page) {
	const viewport = page.viewportSize()!;
	await expect(page.locator('.passage.active').first()).toBeInViewport();
	const boxes = await settledBoxes(page);
	expect(boxes.top, 'the passage is clear of the pinned timeline').toBeGreaterThanOrEqual(
		boxes.pinnedBottom
	);
	expect(boxes.bottom, 'and above the bottom of the window').toBeLessThanOrEqual(viewport.height);
	expect(boxes.pinned.height).toBeLessThanOrEqual(viewport.height * 0.4);
	const heading = page.getByRole('heading', { level: 2, name: TITLE });
	await expect(heading).toBeInViewport({ ratio: 1 });
}

test.describe('on a laptop', () => {
	test.beforeEach(async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
	});

	test('the pinned timeline keeps to 40% of the window, help and legend folded', async ({
		page
	}) => {
		await gotoInteractive(page, storyPath);
		const section = page.locator('.timeline-section');
		// Scrolled into the article, the timeline stays pinned at the top.
		await page.locator('.sources').evaluate((el) => el.scrollIntoView());
		const box = (await section.boundingBox())!;
		expect(box.y).toBeCloseTo(0, 0);
		expect(box.height).toBeLessThanOrEqual(768 * 0.4);
		// One line of controls, the view switch with the zoom and the key's button.
		const tops = await Promise.all(
			['List', 'Zoom in', 'Fit all', 'Show later', 'Help and legend'].map(
				async (name) => (await page.getByRole('button', { name, exact: true }).boundingBox())!.y
			)
		);
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2);
		const toggle = page.getByRole('button', { name: 'Help and legend' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('list', { name: 'Legend' })).toBeHidden();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
		await expect(page.locator('#timeline-help')).toBeVisible();
		await screenshot(page, 'passage-laptop-key');
	});

	test('a window tall enough shows the help and legend from the start', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 1100 });
		await gotoInteractive(page, storyPath);
		await expect(page.getByRole('button', { name: 'Help and legend' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
		expect((await page.locator('.timeline-section').boundingBox())!.height).toBeLessThanOrEqual(
			1100 * 0.4
		);
	});

	test('a click scrolls the passage into the reading area, the details beside it', async ({
		page
	}) => {
		await gotoInteractive(page, storyPath);
		await mark(page, ID).click();
		await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeFocused();
		await expectPassageInReadingArea(page);
		await screenshot(page, 'passage-laptop-click');
	});

	test('Enter on a mark does the same, from the keyboard', async ({ page }) => {
		await gotoInteractive(page, storyPath);
		await mark(page, ID).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeFocused();
		await expectPassageInReadingArea(page);
	});

	test('a link to the event opens with its passage in the reading area', async ({ page }) => {
		await gotoInteractive(page, `${storyPath}?event=${ID}`);
		await expectPassageInReadingArea(page);
	});

	test('a passage clicked in the article stays clear of the timeline', async ({ page }) => {
		await gotoInteractive(page, storyPath);
		await page.locator(`.passage[data-passage-of="${ID}"]`).click();
		await expect(page).toHaveURL(new RegExp(`\\?event=${ID}$`));
		await expectPassageInReadingArea(page);
	});
});

test.describe('on a phone', () => {
	touchOnly();
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	const sheet = (page: Page): Locator => page.getByRole('dialog', { name: TITLE });

	/** Scrolls to the timeline, taps the event and returns where the page was. */
	async function tapEvent(page: Page): Promise<number> {
		await gotoInteractive(page, storyPath);
		await page.evaluate(() => scrollTo(0, 300));
		await expect(mark(page, ID)).toBeInViewport();
		const y = await page.evaluate(() => scrollY);
		await mark(page, ID).tap();
		await expect(sheet(page)).toBeVisible();
		return y;
	}

	const focusInSheet = (page: Page) =>
		page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));

	test('a tap opens the event in a sheet with its passage; Back closes it where it was', async ({
		page
	}) => {
		const y = await tapEvent(page);
		await expect(page).toHaveURL(new RegExp(`\\?event=${ID}$`));
		await expect(sheet(page).locator('mark.passage')).toContainText('face-to-face with Trump');
		await expect(sheet(page).locator('mark.passage')).toBeInViewport();
		await expect(sheet(page).getByRole('heading', { level: 2, name: TITLE })).toBeFocused();
		expect(await focusInSheet(page)).toBe(true);
		// No jump under the sheet.
		expect(await page.evaluate(() => scrollY)).toBe(y);
		// The card behind the sheet does not repeat the event: its details are drawn once.
		await expect(page.locator(`[data-selected-event="${ID}"]`)).toHaveCount(1);
		await expect(sheet(page).locator(`[data-selected-event="${ID}"]`)).toHaveCount(1);
		await screenshot(page, 'passage-phone-sheet');

		await page.goBack();
		await expect(sheet(page)).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
		expect(await page.evaluate(() => scrollY)).toBe(y);
		await expect(mark(page, ID)).toBeFocused();
		await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
	});

	test('Escape and the close button close the sheet, and the history with it', async ({ page }) => {
		const y = await tapEvent(page);
		await page.keyboard.press('Escape');
		await expect(sheet(page)).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
		expect(await page.evaluate(() => scrollY)).toBe(y);

		await mark(page, ID).tap();
		await expect(sheet(page)).toBeVisible();
		await sheet(page).getByRole('button', { name: 'Close the source panel' }).tap();
		await expect(sheet(page)).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
		expect(await page.evaluate(() => scrollY)).toBe(y);
		await expect(mark(page, ID)).toBeFocused();
	});

	test('a swipe down closes the sheet', async ({ page }) => {
		await tapEvent(page);
		const box = (await sheet(page).boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const x = box.x + box.width / 2;
		const point = (y: number) => [{ x, y, id: 0 }];
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: point(box.y + 10)
		});
		for (let step = 1; step <= 10; step++)
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: point(box.y + 10 + step * 20)
			});
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect(sheet(page)).toBeHidden();
		await expect(page).not.toHaveURL(/event=/);
	});

	test('“Read the full article” goes on to the passage; Back returns to the timeline', async ({
		page
	}) => {
		const y = await tapEvent(page);
		await sheet(page).getByRole('button', { name: 'Read the full article' }).tap();
		await expect(sheet(page)).toBeHidden();
		const passage = page.locator('.passage.active').first();
		await expect(passage).toBeFocused();
		await expect(passage).toBeInViewport();
		await expect(page).toHaveURL(new RegExp(`\\?event=${ID}$`));
		await scrollSettled(page);
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(y + 1000);

		await page.goBack();
		await expect(page).not.toHaveURL(/event=/);
		await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
	});

	test('a link to the event opens the sheet; Back closes it and stays on the page', async ({
		page
	}) => {
		await gotoInteractive(page, `${storyPath}?event=${ID}`);
		await expect(sheet(page)).toBeVisible();
		await expect(sheet(page).locator('mark.passage')).toBeInViewport();
		expect(await focusInSheet(page)).toBe(true);
		await page.goBack();
		await expect(sheet(page)).toBeHidden();
		await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
	});

	for (const scheme of ['light', 'dark'] as const)
		test(`axe finds nothing with the sheet open, ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await tapEvent(page);
			await expectNoAxeViolations(page);
			await screenshot(page, `passage-phone-sheet-${scheme}`);
		});
});
