import type { Page } from '@playwright/test';
import { expect, gotoInteractive, screenshot, storyId, storyPath, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// The fitted view: it hugs the events and eras, fits the main body of a story when one
// event far off would squash the rest, and keeps every mark labelled and inside the plot.

const DAY = 86_400_000;

interface PublishedStory {
	events: { id: string; title: string; when: Record<string, unknown> }[];
	eras?: { id: string; label: string; expression: string }[];
}

let host: HostServer;
let published: PublishedStory;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	published = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as PublishedStory;
	const serve = (path: string, change: (story: PublishedStory) => void) => {
		const story = structuredClone(published);
		change(story);
		host.set(path, {
			headers: { ...CORS, 'content-type': 'application/json' },
			body: JSON.stringify(story)
		});
	};
	// One background fact from 1962 in a story of a week in 2025.
	serve('/data/outlier.json', (story) => {
		const fact = structuredClone(story.events[0]!);
		fact.id = 'cuban-missile-crisis';
		fact.title = 'The Cuban missile crisis';
		fact.when = { ...fact.when, expression: '1962', note: 'Outside knowledge.' };
		story.events.unshift(fact);
	});
	// An era that runs on past the last event (Sun 2 Mar) to Mon 10 Mar.
	serve('/data/eras.json', (story) => {
		story.eras = [{ id: 'talks', label: 'Peace talks', expression: '2025-02-24/2025-03-10' }];
	});
});

test.afterAll(async () => {
	await host.close();
});

function embedOf(path: string): string {
	return `/embed?src=${encodeURIComponent(`${host.origin}${path}`)}`;
}

/** The wall-clock range the plot shows, as instants. */
async function visible(page: Page): Promise<[number, number]> {
	const plot = page.locator('[data-sourceline-plot]');
	await expect(plot).toHaveAttribute('data-visible-end', /Z$/);
	const [start, end] = await plot.evaluate((p) => [p.dataset.visibleStart!, p.dataset.visibleEnd!]);
	return [Date.parse(start), Date.parse(end)];
}

test('at 1366 px the fitted axis ends within a day of the last event', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await gotoInteractive(page, storyPath);
	const [start, end] = await visible(page);
	// The first event is Wed 19 Feb in Washington; the last, Sun 2 Mar in London, ends at
	// midnight GMT.
	expect(start).toBeGreaterThan(Date.parse('2025-02-19T05:00:00Z') - DAY);
	expect(start).toBeLessThan(Date.parse('2025-02-19T05:00:00Z'));
	expect(end).toBeGreaterThan(Date.parse('2025-03-03T00:00:00Z'));
	expect(end).toBeLessThan(Date.parse('2025-03-03T00:00:00Z') + DAY);
	await screenshot(page, 'fit-1366');
});

test('eras are fitted, and listed in the list view', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await gotoInteractive(page, embedOf('/data/eras.json'));
	const [, end] = await visible(page);
	// Through Mon 10 Mar: to its end at midnight.
	expect(end).toBeGreaterThan(Date.parse('2025-03-11T00:00:00Z'));
	expect(end).toBeLessThan(Date.parse('2025-03-12T00:00:00Z'));
	await page.getByRole('button', { name: 'List', exact: true }).click();
	const eras = page.getByRole('list', { name: 'Eras, in time order' });
	await expect(eras.getByRole('listitem')).toHaveText([
		/Peace talks\s*from Mon 24 Feb to Mon 10 Mar 2025/
	]);
});

test('one event far off: the first view fits the rest and offers to show all', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await gotoInteractive(page, embedOf('/data/outlier.json'));
	const showAll = page.getByRole('button', { name: '1 earlier event: show all' });
	await expect(showAll).toBeVisible();
	const [start, end] = await visible(page);
	expect(start).toBeGreaterThan(Date.parse('2025-02-18T00:00:00Z'));
	expect(end).toBeLessThan(Date.parse('2025-03-04T00:00:00Z'));
	// The overview strip still spans 1962.
	await expect(page.getByRole('img', { name: /^Overview: 12 events, .*1962/ })).toBeVisible();
	await screenshot(page, 'fit-outlier-body');

	await showAll.click();
	await expect(showAll).toBeHidden();
	await expect
		.poll(async () => (await visible(page))[0])
		.toBeLessThanOrEqual(Date.parse('1962-01-01T00:00:00Z'));
	await expect(page.locator('.mark[data-event-id="cuban-missile-crisis"]')).toBeVisible();

	// Zoomed in, Fit all (and its key, 0) fit everything too.
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect
		.poll(async () => (await visible(page))[0])
		.toBeLessThanOrEqual(Date.parse('1962-01-01T00:00:00Z'));
});

for (const width of [320, 360, 390]) {
	for (const [name, path] of [
		['story page', storyPath],
		['embed', `/embed/${storyId}`]
	] as const) {
		test(`${name} at ${width} px: every event a mark with its label, none clipped`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 844 });
			await gotoInteractive(page, path);
			const plot = page.locator('[data-sourceline-plot]');
			await expect(plot).toHaveAttribute('data-visible-end', /Z$/);
			const found = await plot.evaluate((p) => {
				const box = p.getBoundingClientRect();
				const inside = (e: Element) => {
					const r = e.getBoundingClientRect();
					return r.left >= box.left && r.right <= box.right;
				};
				const marks = [...p.querySelectorAll<HTMLElement>('.mark')];
				const clusters = [...p.querySelectorAll<HTMLElement>('.cluster')];
				return {
					marks: marks.length,
					counted: clusters.reduce((n, c) => n + Number(c.dataset.count), 0),
					unlabelled: marks.filter((m) => !m.querySelector('.label')).map((m) => m.dataset.eventId),
					clipped: [...marks, ...clusters, ...p.querySelectorAll('.mark .label')]
						.filter((e) => !inside(e))
						.map((e) => e.textContent)
				};
			});
			expect(found.unlabelled).toEqual([]);
			expect(found.clipped).toEqual([]);
			// The week's eleven events each keep a mark of their own: none merged into a cluster.
			expect(found.marks).toBe(11);
			expect(found.counted).toBe(0);
			await screenshot(page, `fit-${name.replace(' ', '-')}-${width}`);
		});
	}
}
