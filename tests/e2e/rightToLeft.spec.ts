import type { Page } from '@playwright/test';
import { collectWarnings } from './embedHelpers';
import {
	expect,
	gotoInteractive,
	mark,
	screenshot,
	shapeX,
	storyId,
	storyPath,
	test,
	touchOnly
} from './fixtures';
import { touchGesture } from './touch';

// Time running right to left: an Arabic embed draws the earliest event at the right, and
// every way of moving the view works mirrored. `flow=ltr` keeps time left to right.

const arabic = `/embed/${storyId}?lang=ar`;
const plot = (page: Page) => page.locator('[data-sourceline-plot]');
const visibleStart = async (page: Page) =>
	Date.parse((await plot(page).getAttribute('data-visible-start'))!);
const span = async (page: Page) =>
	(await plot(page).evaluate((el: HTMLElement) => Date.parse(el.dataset.visibleEnd!))) -
	(await visibleStart(page));
const focusedId = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

/** The centre of an event's drawn point or bar, in page pixels. */
async function shapeCentre(page: Page, id: string): Promise<number> {
	const box = (await mark(page, id).locator('.point, .bar').first().boundingBox())!;
	return box.x + box.width / 2;
}

/** Zoomed in two steps by the button, without animation, so that the view can pan. */
async function zoomedIn(page: Page, path: string): Promise<void> {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await gotoInteractive(page, path);
	const zoomIn = page.getByRole('button', { name: 'تكبير', exact: true });
	await zoomIn.click();
	await zoomIn.click();
}

test('lang=ar: the earliest event at the right, ticks and labels running leftwards', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 800 });
	await gotoInteractive(page, arabic);
	await expect(plot(page)).toHaveAttribute('dir', 'rtl');
	const monday = await shapeX(page, 'macron-white-house-visit');
	const thursday = await shapeX(page, 'starmer-meets-trump');
	const friday = await shapeX(page, 'zelenskyy-meets-trump');
	expect(thursday).toBeLessThan(monday);
	expect(friday).toBeLessThan(thursday);
	// Ticks come in time order: each stands to the left of the one before.
	const ticks = await page
		.locator('.axis .tick line')
		.evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().left));
	expect(ticks.length).toBeGreaterThanOrEqual(3);
	for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeLessThan(ticks[i - 1]!);
	// A label runs on from its point towards later times: leftwards.
	for (const id of ['macron-white-house-visit', 'starmer-meets-trump']) {
		const label = (await mark(page, id).locator('.label').boundingBox())!;
		const point = (await mark(page, id).locator('.point, .bar').first().boundingBox())!;
		expect(label.x, id).toBeLessThan(point.x);
	}
	// The pan buttons point the way they move the view.
	await expect(page.getByRole('button', { name: 'الأقدم' })).toHaveText('›');
	await expect(page.getByRole('button', { name: 'الأحدث' })).toHaveText('‹');
	await screenshot(page, 'rtl-timeline');
});

test('lang=ar: arrow keys move focus the way they point on screen', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 800 });
	await gotoInteractive(page, arabic);
	await mark(page, 'macron-white-house-visit').focus();
	const start = await shapeCentre(page, 'macron-white-house-visit');
	// Events of one moment share a place: left goes on until one stands further left.
	let x = start;
	const path: string[] = [];
	for (let press = 0; press < 6 && x === start; press++) {
		await page.keyboard.press('ArrowLeft');
		path.push((await focusedId(page))!);
		const next = await shapeCentre(page, path.at(-1)!);
		expect(next).toBeLessThanOrEqual(x);
		x = next;
	}
	expect(x).toBeLessThan(start);
	// And right retraces the steps.
	for (const id of [...path.slice(0, -1)].reverse()) {
		await page.keyboard.press('ArrowRight');
		expect(await focusedId(page)).toBe(id);
	}
	await page.keyboard.press('ArrowRight');
	expect(await focusedId(page)).toBe('macron-white-house-visit');
});

test('lang=ar: a drag, the buttons, Ctrl + wheel and the overview move the view mirrored', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 800 });
	await zoomedIn(page, arabic);
	const id = 'macron-white-house-visit';

	// The marks follow a drag to the right.
	const box = (await plot(page).boundingBox())!;
	const y = box.y + 20;
	const before = await shapeX(page, id);
	await page.mouse.move(box.x + box.width * 0.4, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => (await shapeX(page, id)) - before).toBeCloseTo(box.width * 0.2, -1);

	// "Earlier" shows earlier times, whose marks come in from the right.
	const dragged = await visibleStart(page);
	await page.getByRole('button', { name: 'الأقدم' }).click();
	await expect.poll(() => visibleStart(page)).toBeLessThan(dragged);
	expect(await shapeX(page, id)).toBeLessThan(before + box.width * 0.2 - 50);

	// Ctrl + wheel zooms around the pointer: the point under it stays there.
	const wide = await span(page);
	const under = await shapeCentre(page, id);
	await page.mouse.move(under, y + 40);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect.poll(() => span(page)).toBeLessThan(wide * 0.9);
	await expect.poll(async () => Math.abs((await shapeCentre(page, id)) - under)).toBeLessThan(3);

	// The overview's right end is the story's start.
	const overview = (await page.locator('.overview').boundingBox())!;
	await page.mouse.click(overview.x + overview.width - 3, overview.y + overview.height / 2);
	const atRight = await visibleStart(page);
	await page.mouse.click(overview.x + 3, overview.y + overview.height / 2);
	await expect.poll(() => visibleStart(page)).toBeGreaterThan(atRight);
	await screenshot(page, 'rtl-moved');
});

test('flow=ltr keeps time left to right on an Arabic page; a flow it cannot read is said', async ({
	page
}) => {
	await page.setViewportSize({ width: 1000, height: 800 });
	await gotoInteractive(page, `${arabic}&flow=ltr`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(plot(page)).toHaveAttribute('dir', 'ltr');
	expect(await shapeX(page, 'zelenskyy-meets-trump')).toBeGreaterThan(
		await shapeX(page, 'macron-white-house-visit')
	);

	const warnings = collectWarnings(page);
	await gotoInteractive(page, `${arabic}&flow=upwards`);
	await expect(plot(page)).toHaveAttribute('dir', 'rtl');
	expect(warnings).toEqual(['Sourceline embed: ignoring flow="upwards": expected ltr or rtl']);
});

test('flow=rtl on the story page: drawn afresh, mirrored, with no hydration error', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await page.setViewportSize({ width: 1366, height: 768 });
	await gotoInteractive(page, `${storyPath}?flow=rtl`);
	await expect(plot(page)).toHaveAttribute('dir', 'rtl');
	expect(await shapeX(page, 'zelenskyy-meets-trump')).toBeLessThan(
		await shapeX(page, 'macron-white-house-visit')
	);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(page.locator('.passage.active').first()).toBeInViewport();
	expect(errors).toEqual([]);
	await screenshot(page, 'rtl-story-page');
});

test.describe('on a phone', () => {
	touchOnly();
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('lang=ar: one finger drags the marks along, two pinch to zoom', async ({ page }) => {
		await zoomedIn(page, arabic);
		const box = (await plot(page).boundingBox())!;
		const y = box.y + 20;
		const id = 'macron-white-house-visit';
		const x0 = await shapeX(page, id);
		const cdp = await page.context().newCDPSession(page);
		await touchGesture(
			cdp,
			[{ x: box.x + box.width * 0.3, y }],
			[{ x: box.x + box.width * 0.6, y }]
		);
		await expect.poll(async () => (await shapeX(page, id)) - x0).toBeCloseTo(box.width * 0.3, -1);

		const before = await span(page);
		const cx = box.x + box.width / 2;
		await touchGesture(
			cdp,
			[
				{ x: cx - 30, y },
				{ x: cx + 30, y }
			],
			[
				{ x: cx - 90, y },
				{ x: cx + 90, y }
			]
		);
		await expect.poll(() => span(page)).toBeLessThan(before / 2);
		await screenshot(page, 'rtl-phone');
	});
});
