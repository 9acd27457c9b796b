import { expect, mark, screenshot, shapeX, storyId, test } from './fixtures';
import { collectWarnings } from './embedHelpers';

// /embed/<id> opened on its own, as a frame would load it, with options in its address.

const embedPath = `/embed/${storyId}`;

test('with no options: the whole week, the panel closed, no site chrome', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 700 });
	await page.goto(embedPath);
	await expect(page.locator('.mark')).toHaveCount(11);
	for (const m of await page.locator('.mark').all()) await expect(m).toBeInViewport();
	await expect(page.getByRole('region', { name: 'Source' })).toHaveCount(0);
	await expect(page.locator('.masthead')).toHaveCount(0);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await screenshot(page, 'embed-default');
});

test('event, theme and panel=closed: the event is marked and the panel waits', async ({ page }) => {
	await page.goto(`${embedPath}?event=zelenskyy-meets-trump&theme=dark&panel=closed`);
	await expect(mark(page, 'zelenskyy-meets-trump')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('region', { name: 'Source' })).toHaveCount(0);
	await screenshot(page, 'embed-dark-closed');
	await mark(page, 'macron-white-house-visit').click();
	await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
});

test('event opens its passage; panel=open with no event shows the hint', async ({ page }) => {
	await page.goto(`${embedPath}?event=starmer-remarks-on-plane&theme=light`);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.getByRole('heading', { name: /come again/ })).toBeVisible();
	await expect(panel.locator('mark.passage').first()).toBeVisible();

	await page.goto(`${embedPath}?panel=open`);
	await expect(panel).toContainText('Select an event on the timeline to read its source.');
});

test('from and to set the first visible range', async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${embedPath}?from=2025-02-27&to=2025-02-28`);
	const plot = (await page.locator('.plot').boundingBox())!;
	// The plot's hooks say the instants at its edges: Thursday and Friday in London (UTC in February).
	const edges = () =>
		page
			.locator('[data-sourceline-plot]')
			.evaluate((el: HTMLElement) => [el.dataset.visibleStart, el.dataset.visibleEnd]);
	await expect.poll(edges).toEqual(['2025-02-27T00:00:00.000Z', '2025-03-01T00:00:00.000Z']);
	// Wednesday's event is out of view, so it is not drawn.
	await expect(mark(page, 'trump-calls-zelenskyy-dictator')).toHaveCount(0);
	const friday = await shapeX(page, 'zelenskyy-meets-trump');
	expect(friday).toBeGreaterThan(plot.x);
	expect(friday).toBeLessThan(plot.x + plot.width);
	await expect(page.locator('.tick[data-unit="time"]').first()).toBeAttached();
	await screenshot(page, 'embed-from-to');
});

test('a bad option is ignored with a warning, and the embed still works', async ({ page }) => {
	const warnings = collectWarnings(page);
	await page.goto(`${embedPath}?theme=sepia&event=no-such-event&from=yesterday&panel=wide`);
	await expect(page.locator('.mark')).toHaveCount(11);
	await expect.poll(() => warnings.length).toBe(4);
	// The theme is read by the frame's layout, the rest by the story: the order is theirs.
	expect(warnings.sort()).toEqual(
		[
			'Sourceline embed: ignoring theme="sepia": expected light, dark or auto',
			'Sourceline embed: ignoring event="no-such-event": the story has no event with that id',
			'Sourceline embed: ignoring from="yesterday": expected a date such as 2025-02-24, or a date and time such as 2025-02-24T15:00',
			'Sourceline embed: ignoring panel="wide": expected open or closed'
		].sort()
	);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme');
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(page.locator('mark.passage')).toContainText('face-to-face with Trump this Friday');
});

test('it fits a 320 px wide frame, zooms, pans and opens a passage', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(embedPath);
	// Every event is drawn: with its label, or counted in a cluster (the week's last ones).
	await expect(page.locator('.mark')).not.toHaveCount(0);
	const counted = await page
		.locator('.cluster')
		.evaluateAll((clusters) => clusters.reduce((n, c) => n + Number(c.dataset.count), 0));
	await expect(page.locator('.mark')).toHaveCount(11 - counted);
	const before = await shapeX(page, 'macron-white-house-visit');
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => shapeX(page, 'macron-white-house-visit')).not.toBe(before);
	await page.getByRole('button', { name: 'Fit all' }).click();
	await mark(page, 'macron-white-house-visit').click();
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.locator('mark.passage')).toContainText('Starmer’s visit comes after');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await screenshot(page, 'embed-320px');
});

test('in an embed a plain wheel scrolls the page; Ctrl + wheel zooms', async ({ page }) => {
	// Short enough that the embed page itself scrolls, as a host article would.
	await page.setViewportSize({ width: 800, height: 400 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(embedPath);
	// The time on screen, from the plot's hooks (only marks in view are drawn).
	const span = () =>
		page
			.locator('[data-sourceline-plot]')
			.evaluate(
				(el: HTMLElement) =>
					Date.parse(el.dataset.visibleEnd!) - Date.parse(el.dataset.visibleStart!)
			);
	const plot = page.locator('.plot');
	await plot.scrollIntoViewIfNeeded();
	const before = await span();
	const scrollBefore = await page.evaluate(() => window.scrollY);
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 40);
	await page.mouse.wheel(0, 200);
	await expect(page.getByText('Use Ctrl (or ⌘) + scroll to zoom the timeline')).toBeVisible();
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
	expect(await span()).toBeCloseTo(before, 0);

	const again = (await plot.boundingBox())!;
	await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect.poll(span).toBeLessThan(before / 1.2);
	await screenshot(page, 'embed-wheel-hint');
});

test('theme=dark is dark from the first paint, before the embed’s own script has run', async ({
	page
}) => {
	// The embed's scripts are held back: what shows is the prerendered page and its head script.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.emulateMedia({ colorScheme: 'light' });
	// Module scripts hold back DOMContentLoaded: wait only for the prerendered timeline.
	await page.goto(`${embedPath}?theme=dark`, { waitUntil: 'commit' });
	await page.locator('.timeline').waitFor({ state: 'attached' });
	expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const [r, g, b] = background.match(/\d+/g)!.map(Number);
	expect(r! + g! + b!, background).toBeLessThan(3 * 80);
	release();
	await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
