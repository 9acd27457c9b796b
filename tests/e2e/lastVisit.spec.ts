import { expect, mark, screenshot, storyId, storyPath, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// A reader who comes back sees the events added since their last visit marked "new"; what
// they saw is kept in their own browser only.

interface Story {
	events: { id: string }[];
}

let host: HostServer;
let published: Story;
const LATE = 'zelenskyy-starmer-rutte-meeting';

function serve(story: unknown) {
	host.set('/visit/story.json', {
		headers: { ...CORS, 'content-type': 'application/json', 'cache-control': 'no-store' },
		body: JSON.stringify(story)
	});
}

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	published = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
});
test.afterAll(async () => {
	await host.close();
});

test('an embed marks the events added to its file since the reader last came', async ({ page }) => {
	serve({ ...published, events: published.events.filter((event) => event.id !== LATE) });
	const src = encodeURIComponent(`${host.origin}/visit/story.json`);
	await page.goto(`/embed?src=${src}`);
	await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible();
	await expect(page.locator('.mark')).toHaveCount(10);
	// A first visit marks nothing.
	await expect(page.locator('.mark[data-fresh]')).toHaveCount(0);
	await expect
		.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':seen:'))))
		.toHaveLength(1);

	// The newsroom adds an event; the reader comes back.
	serve(published);
	await page.reload();
	await expect(page.locator('.mark')).toHaveCount(11);
	const late = mark(page, LATE);
	await expect(late).toHaveAttribute('data-fresh', 'new');
	await expect(late).toHaveAttribute('aria-label', /, new$/);
	await expect(page.locator('.mark[data-fresh]')).toHaveCount(1);
	await expect(page.locator('[role="status"][aria-live="polite"]').first()).toHaveText(
		'1 event new since your last visit, marked “new”.'
	);
	await expect(page.locator('[data-fresh-legend]')).toHaveText(['●New event']);
	await screenshot(page, 'embed-new-since-last-visit');

	// Seen now: the next visit marks nothing.
	await page.reload();
	await expect(page.locator('.mark')).toHaveCount(11);
	await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible();
	// Once the visit's code has loaded and run (it loads after the page is up).
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	await expect(page.locator('.mark[data-fresh]')).toHaveCount(0);
	await expect(page.locator('[data-fresh-legend]')).toHaveCount(0);
});

test('the story page remembers the visit in the reader’s browser and marks only what is new', async ({
	page
}) => {
	await page.goto(storyPath);
	const key = `sourceline:seen:${storyId}`;
	await expect
		.poll(() => page.evaluate((k) => localStorage.getItem(k), key))
		.toContain('macron-white-house-visit');
	await expect(page.locator('.mark[data-fresh]')).toHaveCount(0);
	// As if the last visit came before the Sunday summit was in the story.
	await page.evaluate(
		({ k, late }) => {
			const record = JSON.parse(localStorage.getItem(k)!) as { ids: string[] };
			record.ids = record.ids.filter((id) => id !== late);
			localStorage.setItem(k, JSON.stringify(record));
		},
		{ k: key, late: LATE }
	);
	await page.reload();
	await expect(mark(page, LATE)).toHaveAttribute('data-fresh', 'new');
	await expect(page.locator('.mark[data-fresh]')).toHaveCount(1);
});

test('in French the embed says what is new in French, and its mark is named so', async ({
	page
}) => {
	serve({ ...published, events: published.events.filter((event) => event.id !== LATE) });
	const src = encodeURIComponent(`${host.origin}/visit/story.json`);
	await page.goto(`/embed?src=${src}&lang=fr`);
	await expect(page.locator('.mark')).toHaveCount(10);
	await expect
		.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':seen:'))))
		.toHaveLength(1);
	serve(published);
	await page.reload();
	await expect(mark(page, LATE)).toHaveAttribute('data-fresh', 'new');
	await expect(mark(page, LATE)).toHaveAttribute('aria-label', /, nouveau$/);
	await expect(page.locator('[data-fresh-legend]')).toHaveText(['●Nouvel événement']);
	await expect(page.locator('[role="status"][aria-live="polite"]').first()).toHaveText(
		'1 événement nouveau depuis votre dernière visite, marqué « nouveau ».'
	);
});
