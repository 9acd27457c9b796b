import type { Page } from '@playwright/test';
import { expect, mark, notInFirefox, shapeX, storyPath, test } from './fixtures';
import { interactive } from './a11y';

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** Resolves after the browser has drawn `count` more frames. */
function frames(page: Page, count: number): Promise<void> {
	return page.evaluate(
		(n) =>
			new Promise<void>((done) => {
				const step = (left: number) =>
					left === 0 ? done() : requestAnimationFrame(() => step(left - 1));
				step(n);
			}),
		count
	);
}

// Two points late in the week, which stay in view as the + button zooms in about the middle.
const span = async (page: Page) =>
	(await shapeX(page, 'zelenskyy-meets-trump')) - (await shapeX(page, 'starmer-meets-trump'));

test('with reduced motion a zoom lands at once, with no animation in between', async ({
	browserName,
	page
}) => {
	notInFirefox('reduced motion', browserName);
	await page.goto(storyPath);
	await interactive(page);
	const before = await span(page);

	await page.getByRole('button', { name: 'Zoom in' }).click();
	// d3 applies a zero-length transition on its next timer tick: two frames at most.
	await frames(page, 2);
	const next = await span(page);
	expect(next / before).toBeCloseTo(1.5, 2);
	// Nothing moves after that: the first frame already showed the end state.
	await frames(page, 10);
	expect(await span(page)).toBe(next);

	await page.getByRole('button', { name: 'Fit all' }).click();
	await frames(page, 2);
	expect(await span(page)).toBeCloseTo(before, 1);
});

test('with reduced motion no CSS transition or animation runs', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	await mark(page, 'zelenskyy-meets-trump').click();
	await page.getByRole('radio', { name: 'Dark' }).check();
	const moving = await page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((el) => {
			const style = getComputedStyle(el);
			const durations = [style.transitionDuration, style.animationDuration]
				.flatMap((d) => d.split(','))
				.map((d) => parseFloat(d));
			return durations.some((d) => d > 0) ? [el.tagName + '.' + el.className] : [];
		})
	);
	expect(moving).toEqual([]);
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('with reduced motion opening an event jumps to its passage instead of gliding', async ({
	browserName,
	page
}) => {
	notInFirefox('reduced motion', browserName);
	await page.goto(storyPath);
	await interactive(page);
	await mark(page, 'zelenskyy-starmer-rutte-meeting').click();
	await frames(page, 1);
	const y = await page.evaluate(() => scrollY);
	expect(y).toBeGreaterThan(0);
	await frames(page, 10);
	expect(await page.evaluate(() => scrollY)).toBe(y);
	await expect(page.locator('.passage.active')).toBeInViewport();
});
