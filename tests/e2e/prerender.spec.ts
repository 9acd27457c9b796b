import type { Page, Route } from '@playwright/test';
import { expect, storyId, storyPath, test } from './fixtures';

// The built story's timeline is in the prerendered HTML: on screen at the first paint, before
// any of the app's JavaScript has run, at whatever width, and taken over by hydration.

const APP_SCRIPTS = '**/_app/immutable/**/*.js';

/** Holds the app's scripts back: the page shows what its HTML and head script draw. */
async function holdAppScripts(page: Page): Promise<() => Promise<void>> {
	const held: Route[] = [];
	await page.route(APP_SCRIPTS, (route) => void held.push(route));
	return async () => {
		await page.unroute(APP_SCRIPTS);
		// Held requests go on (unrouting may already have let them through).
		for (const route of held) await route.continue().catch(() => {});
	};
}

interface Box {
	x: number;
	y: number;
	right: number;
	bottom: number;
}

/** The plot, and every visible shape and label in it, in page pixels. */
function picture(page: Page) {
	return page.evaluate(() => {
		const box = (element: Element) => {
			const r = element.getBoundingClientRect();
			return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
		};
		const plot = document.querySelector('[data-sourceline-plot]')!;
		const visible = (element: Element) => element.checkVisibility();
		return {
			plot: box(plot),
			shapes: Object.fromEntries(
				[...plot.querySelectorAll<HTMLElement>('.mark')]
					.filter(visible)
					.map((mark) => [mark.dataset.eventId!, box(mark.querySelector('.point, .bar')!)])
			),
			labels: [...plot.querySelectorAll<HTMLElement>('.mark .label')]
				.filter(visible)
				.map((label) => ({
					id: label.closest<HTMLElement>('.mark')!.dataset.eventId!,
					...box(label)
				})),
			clusters: [...plot.querySelectorAll('.cluster')].filter(visible).map(box)
		};
	});
}

const overlaps = (a: Box, b: Box) =>
	a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;

for (const path of [`/embed/${storyId}`, storyPath])
	for (const width of [375, 640, 1280])
		test(`${path} at ${width} px: the fitted timeline is drawn before the scripts run, and kept`, async ({
			page,
			request
		}) => {
			const published = (await (await request.get(`/stories/${storyId}.json`)).json()) as {
				events: unknown[];
			};
			await page.setViewportSize({ width, height: 900 });
			const release = await holdAppScripts(page);
			// Not domcontentloaded: the embed's module script in the head, held, delays it.
			await page.goto(path, { waitUntil: 'commit' });
			// Parsed (the held module script runs only after that).
			await page.waitForFunction(() => document.readyState !== 'loading');

			// The timeline's picture, not the list; every event drawn (a mark, or in a "+N").
			const timeline = page.locator('[data-sourceline-ready="true"]');
			await expect(timeline.locator('[data-sourceline-plot]')).toBeVisible();
			await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeHidden();
			const before = await picture(page);
			const counted = await page
				.locator('[data-sourceline-plot] .cluster')
				.evaluateAll((clusters) =>
					clusters.reduce((n, c) => n + Number(c.textContent!.slice(1)), 0)
				);
			expect(Object.keys(before.shapes).length + counted).toBe(published.events.length);
			// Nothing cut at the plot's edges, no label over another or over a mark.
			const items = [...Object.values(before.shapes), ...before.labels, ...before.clusters];
			for (const item of items) {
				expect(item.x).toBeGreaterThanOrEqual(before.plot.x);
				expect(item.right).toBeLessThanOrEqual(before.plot.right);
			}
			// (A bar's own label sits inside it.)
			for (const [i, label] of before.labels.entries()) {
				const others = Object.entries(before.shapes).filter(([id]) => id !== label.id);
				for (const other of [...before.labels.slice(i + 1), ...others.map(([, b]) => b)])
					expect(overlaps(label, other), JSON.stringify([label, other])).toBe(false);
			}
			await page.evaluate(() => {
				(window as { prerendered?: Element }).prerendered =
					document.querySelector('[data-sourceline-plot]')!;
			});

			await release();
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			// Laid out again for the measured width, with measured labels: its rows may change.
			await expect(page.locator('[data-sourceline-plot]')).toHaveAttribute(
				'data-visible-start',
				/Z$/
			);
			const after = await picture(page);
			// Hydration took the picture over (the same element, not one drawn anew), and no
			// mark moved sideways: the picture was already right for this width.
			expect(
				await page.evaluate(
					() =>
						(window as { prerendered?: Element }).prerendered ===
						document.querySelector('[data-sourceline-plot]')
				)
			).toBe(true);
			expect(after.plot.x).toBeCloseTo(before.plot.x, 0);
			for (const [id, shape] of Object.entries(after.shapes))
				if (before.shapes[id]) {
					expect(shape.x, id).toBeCloseTo(before.shapes[id].x, 0);
					expect(shape.right, id).toBeCloseTo(before.shapes[id].right, 0);
				}

			// Drawn at the first paint, which is what the mark says.
			const [drawn, paint] = await page.evaluate(() => [
				performance.getEntriesByName('sourceline:drawn')[0]?.startTime,
				performance.getEntriesByName('first-contentful-paint')[0]?.startTime
			]);
			expect(paint).toBeGreaterThan(0);
			expect(drawn).toBe(paint);
		});

test('when the app’s scripts fail to load, the list takes the picture’s place', async ({
	browserName,
	page,
	consoleErrors
}) => {
	await page.route(APP_SCRIPTS, (route) => route.abort());
	await page.goto(`/embed/${storyId}`);
	await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
	await expect(page.locator('[data-sourceline-plot]')).toBeHidden();
	await expect(page.locator('html')).not.toHaveAttribute('data-scripted');
	// The failed loads themselves are expected here (Chromium logs them; Firefox does not).
	if (browserName === 'chromium') expect(consoleErrors.length).toBeGreaterThan(0);
	consoleErrors.length = 0;
});
