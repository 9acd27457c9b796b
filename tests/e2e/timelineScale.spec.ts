import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { expect, screenshot, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';
import { generateStory } from '../bench/stories.js';

// A newsroom's running timeline: thousands of events, loaded by an embed from another site.
// What is checked is behaviour (clusters, keyboard, the view's range, axe), not timing:
// timing goals live in the benchmark.

let host: HostServer;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	host = await startHostServer(testInfo.project.use.baseURL!);
	// Over 2025: a tenth of the events are instants, a third of the others last several days.
	for (const count of [1_000, 10_000])
		host.set(`/data/seeded-${count}.json`, {
			headers: { ...CORS, 'content-type': 'application/json' },
			body: JSON.stringify(generateStory(count, { instants: 0.1 }).story)
		});
});

test.afterAll(async () => {
	await host.close();
});

async function openSeeded(page: Page, count: number): Promise<void> {
	const src = encodeURIComponent(`${host.origin}/data/seeded-${count}.json`);
	await page.goto(`/embed?src=${src}`);
	await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible({ timeout: 120_000 });
}

const plot = (page: Page) => page.locator('[data-sourceline-plot]');

/** The wall-clock span on screen, in ms, from the plot's hooks. */
function visibleSpan(page: Page): Promise<number> {
	return plot(page).evaluate(
		(el: HTMLElement) => Date.parse(el.dataset.visibleEnd!) - Date.parse(el.dataset.visibleStart!)
	);
}

test.describe.configure({ timeout: 240_000 });

test('1,000 events: clusters where marks would collide, every event counted once', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openSeeded(page, 1_000);
	const marks = await page.locator('.plot .mark').count();
	const clustered = await page
		.locator('.plot .cluster')
		.evaluateAll((els) => els.reduce((n, el) => n + Number((el as HTMLElement).dataset.count), 0));
	expect(marks + clustered).toBe(1_000);
	expect(marks).toBeLessThan(200);
	await screenshot(page, 'timeline-1000-events');
});

test('10,000 events from ?src=: drawn light, zoom, open a cluster, keyboard, axe', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openSeeded(page, 10_000);
	// The plot is bounded: the axis stays in view, and the timeline is a few hundred elements.
	const box = (await plot(page).boundingBox())!;
	expect(box.height).toBeLessThan(420);
	const timelineElements = await page.locator('.timeline *').count();
	expect(timelineElements).toBeLessThan(5_000);
	const clusters = page.locator('.plot .cluster');
	await expect(clusters.first()).toBeVisible();
	await expect(clusters.first()).toHaveAccessibleName(/^[\d,]+ events, .+; activate to zoom in$/);
	await screenshot(page, 'timeline-10000-events');

	// Ctrl + wheel over the plot zooms (a plain wheel scrolls the host's page).
	const fitted = await visibleSpan(page);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.keyboard.down('Control');
	for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -25);
	await page.keyboard.up('Control');
	await expect.poll(() => visibleSpan(page)).toBeLessThan(fitted * 0.8);

	// A cluster opens: the view zooms to the time its events span, and some become marks.
	const cluster = clusters.nth(Math.floor((await clusters.count()) / 2));
	const count = Number(await cluster.getAttribute('data-count'));
	const before = await visibleSpan(page);
	await cluster.click();
	// Its events' bars run on for days past its bin: the zoom is at least twice as close.
	await expect.poll(() => visibleSpan(page)).toBeLessThan(before / 2);
	await expect.poll(() => page.locator('.plot .mark').count()).toBeGreaterThan(0);
	expect(count).toBeGreaterThan(1);
	await screenshot(page, 'timeline-10000-cluster-opened');

	// Dragging the overview strip moves the view along the story, at the same zoom.
	const strip = (await page.locator('.overview').boundingBox())!;
	const startOf = () =>
		plot(page).evaluate((el: HTMLElement) => Date.parse(el.dataset.visibleStart!));
	const zoomedSpan = await visibleSpan(page);
	await page.mouse.move(strip.x + strip.width * 0.5, strip.y + strip.height / 2);
	await page.mouse.down();
	await page.mouse.move(strip.x + strip.width * 0.2, strip.y + strip.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect.poll(startOf).toBeLessThan(Date.parse('2025-04-01T00:00:00Z'));
	expect(Math.abs((await visibleSpan(page)) / zoomedSpan - 1)).toBeLessThan(0.01);

	// The keyboard reaches what is on screen: one tab stop, arrows move between events.
	const focused = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el?.dataset.eventId ?? (el?.dataset.cluster ? `cluster:${el.dataset.cluster}` : null);
		});
	await expect(page.locator('.plot [tabindex="0"]')).toHaveCount(1);
	await page.locator('.plot [tabindex="0"]').focus();
	const first = await focused();
	expect(first).not.toBeNull();
	await page.keyboard.press('ArrowRight');
	await expect.poll(focused).not.toBe(first);
	await page.keyboard.press('End');
	await expect.poll(focused).not.toBeNull();
	// End reaches the story's last event (or the cluster that holds it), panned into view.
	await expect
		.poll(() => plot(page).evaluate((el: HTMLElement) => Date.parse(el.dataset.visibleEnd!)))
		.toBeGreaterThan(Date.parse('2025-12-01T00:00:00Z'));
	await page.keyboard.press('0');
	await expect.poll(() => visibleSpan(page)).toBeGreaterThan(fitted * 0.9);

	await expectNoAxeViolations(page);
});

test('10,000 events in the dark theme', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.emulateMedia({ colorScheme: 'dark' });
	await openSeeded(page, 10_000);
	await screenshot(page, 'timeline-10000-events-dark');
});
