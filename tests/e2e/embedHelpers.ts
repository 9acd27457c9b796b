import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { expect, scrollSettled } from './fixtures';

/** The embed's document inside `iframe`, to measure it (it is cross-origin to the host). */
export async function contentFrame(iframe: Locator): Promise<Frame> {
	const frame = await (await iframe.elementHandle())?.contentFrame();
	if (!frame) throw new Error('the iframe has no document');
	return frame;
}

/** How far the embed's document overflows its frame: 0 or less means no inner scrollbar. */
export async function overflow(iframe: Locator): Promise<number> {
	const frame = await contentFrame(iframe);
	const scrollHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
	const clientHeight = await iframe.evaluate((element) => element.clientHeight);
	return scrollHeight - clientHeight;
}

export function frameHeight(iframe: Locator): Promise<number> {
	return iframe.evaluate((element) => element.clientHeight);
}

/** Waits until the embed has hydrated: before that, its marks are a picture (a slower engine shows it). */
export async function expectHydrated(embed: FrameLocator): Promise<void> {
	await expect(embed.locator('html[data-hydrated]')).toBeAttached();
}

/**
 * Waits until the frame shows all its content (within the 1 px of rounding allowed). A busy
 * machine may take a while to hydrate a second frame and pass its height on: up to 15 s.
 */
export async function expectFitted(iframe: Locator): Promise<void> {
	await expect
		.poll(() => overflow(iframe), { message: 'inner scrollbar', timeout: 15_000 })
		.toBeLessThanOrEqual(1);
}

/**
 * Opens an event in the embed and closes it again, checking that the frame grows to the
 * passage and shrinks back, never scrolling inside.
 */
export async function expectHeightFollowsPanel(
	iframe: Locator,
	embed: FrameLocator
): Promise<void> {
	await expect(embed.locator('.mark')).toHaveCount(11);
	await expectHydrated(embed);
	await expectFitted(iframe);
	const closed = await frameHeight(iframe);

	await embed.locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	const panel = embed.getByRole('region', { name: 'Source' });
	await expect(panel.locator('mark.passage')).toContainText('face-to-face with Trump this Friday');
	await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(closed + 100);
	await expectFitted(iframe);
	// The host page may still be gliding to the passage: a click then lands off the button.
	await scrollSettled(iframe.page());

	await panel.getByRole('button', { name: 'Close the source panel' }).click();
	await expect(panel).toHaveCount(0);
	await expect.poll(() => frameHeight(iframe)).toBeLessThanOrEqual(closed + 1);
	await expectFitted(iframe);
}

/**
 * Takes the console errors a test expects (a 404 the embed reports, a CORS refusal) off
 * the list the fixture fails on; anything else still fails the test.
 */
export function allowConsoleErrors(errors: string[], ...patterns: RegExp[]): void {
	const unexpected = errors.filter((error) => !patterns.some((pattern) => pattern.test(error)));
	errors.splice(0, errors.length, ...unexpected);
}

/** Console warnings of `page` from now on (the embed warns about ignored options). */
export function collectWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return warnings;
}

/**
 * A screenshot of a host page, its embed included. A full-page screenshot leaves a
 * cross-origin frame unpainted below the first screen, so the viewport grows to the page.
 */
export async function hostScreenshot(page: Page, name: string): Promise<void> {
	const size = page.viewportSize()!;
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.setViewportSize({ width: size.width, height });
	await page.screenshot({ path: `test-results/screenshots/${name}.png` });
	await page.setViewportSize(size);
}

/** What the reader sees, a modal dialog say, without the page scrolled out below it. */
export async function viewportScreenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}
