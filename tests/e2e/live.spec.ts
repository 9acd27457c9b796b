import type { Page } from '@playwright/test';
import { expect, mark, screenshot, storyId, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// A live embed (`/embed?src=…&live=<seconds>`) follows its file: a newsroom changes the file
// (or its published sheet) and the embed merges the change where the reader is.

interface Story {
	title: string;
	events: { id: string; title: string }[];
}

let host: HostServer;
let published: Story;
// The browser's own revalidation (If-None-Match, 304) is what these specs watch: no routes.
test.use({ servePictures: false });

const LATE = 'zelenskyy-starmer-rutte-meeting';
const CORRECTED = 'starmer-meets-trump';

/** The story file at version `etag`: a static host's answer, revalidated by its ETag. */
function serve(story: unknown, etag: string) {
	host.set('/live/story.json', {
		headers: {
			...CORS,
			'content-type': 'application/json',
			'cache-control': 'no-cache',
			etag: `"${etag}"`
		},
		body: JSON.stringify(story)
	});
}

const firstVersion = () => ({
	...published,
	events: published.events.filter((event) => event.id !== LATE)
});

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	published = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
});
test.afterAll(async () => {
	await host.close();
});

/** The story's events, as the overview strip counts them ("Overview: 10 events, …"). */
const drawnEvents = async (page: Page) => {
	const label = await page.locator('.overview [role="img"]').getAttribute('aria-label');
	return Number(/(\d+) events?/.exec(label ?? '')?.[1]);
};

/** The live region's words, once it says something. */
const announced = (page: Page) => page.locator('[role="status"][aria-live="polite"]').first();
const note = (page: Page) => page.locator('.live');

async function openLive(page: Page) {
	await page.clock.install();
	const src = encodeURIComponent(`${host.origin}/live/story.json`);
	await page.goto(`/embed?src=${src}&live=30`);
	await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible();
	await expect(note(page)).toHaveText(/^Live · checked at \d\d:\d\d$/);
}

/** The range on screen once it has stopped moving (animated zooms and pans take 250 ms). */
async function settledView(page: Page): Promise<[string, string]> {
	const plot = page.locator('[data-sourceline-plot]');
	const read = async () =>
		[
			await plot.getAttribute('data-visible-start'),
			await plot.getAttribute('data-visible-end')
		].join(' ');
	// Still over three looks in a row (1.2 s): a busy machine can stall a transition's frames
	// long enough for two looks to agree while it is still running.
	let last = await read();
	let still = 0;
	await expect
		.poll(
			async () => {
				const now = await read();
				still = now === last ? still + 1 : 0;
				last = now;
				return still >= 3;
			},
			{ intervals: [400] }
		)
		.toBe(true);
	return last.split(' ') as [string, string];
}

/** The next look comes due. */
async function nextLook(page: Page) {
	await page.clock.fastForward(31_000);
}

test('a changed file is merged where the reader is: view, selection and focus kept, the change said', async ({
	page
}) => {
	serve(firstVersion(), 'v1');
	await openLive(page);
	await expect.poll(() => drawnEvents(page)).toBe(10);

	// The reader zooms in, then opens an event from the keyboard.
	await page.getByRole('button', { name: 'Zoom in' }).click();
	const plot = page.locator('[data-sourceline-plot]');
	await expect(plot).not.toHaveAttribute('data-visible-start', '');
	const focused = mark(page, CORRECTED);
	await focused.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-selected-event="${CORRECTED}"]`)).toBeVisible();
	await focused.focus();

	// Unchanged: the server is asked with the ETag it sent and answers 304; nothing moves.
	await nextLook(page);
	await expect
		.poll(() => host.requests.filter((r) => r.path === '/live/story.json').at(-1))
		.toMatchObject({ ifNoneMatch: '"v1"', status: 304 });
	await expect.poll(() => drawnEvents(page)).toBe(10);
	// The range on screen, once the zoom and the pan that brought the focused event into view
	// have ended.
	const [start, end] = await settledView(page);

	// The newsroom adds an event and corrects a title.
	serve(
		{
			...published,
			events: published.events.map((event) =>
				event.id === CORRECTED ? { ...event, title: `${event.title} (corrected)` } : event
			)
		},
		'v2'
	);
	// The pointer rests away from the timeline.
	await page.mouse.move(2, 2);
	await nextLook(page);
	await expect(announced(page)).toHaveText(
		/^The story was updated: 1 event added, 1 updated\.\s?$/
	);
	await expect(page.locator('.mark[data-fresh="updated"]')).toHaveAttribute(
		'data-event-id',
		CORRECTED
	);
	await expect(focused).toContainText('(corrected)');
	// Where the reader was: the same time on screen, the same event open, focus on its mark.
	await expect(plot).toHaveAttribute('data-visible-start', start!);
	await expect(plot).toHaveAttribute('data-visible-end', end!);
	await expect(page.locator(`[data-selected-event="${CORRECTED}"]`)).toBeVisible();
	await expect(focused).toBeFocused();
	await expect(focused).toHaveAttribute('aria-label', /, updated$/);

	// Fit all shows the new event, marked new.
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect(page.locator(`.mark[data-event-id="${LATE}"]`)).toHaveAttribute('data-fresh', 'new');
	// The legend says what the two new signs mean, while the story shows them.
	await expect(page.locator('[data-fresh-legend]')).toHaveText(['●New event', 'Updated event']);
	await screenshot(page, 'live-updated');
});

test('an update waits while the pointer is over the timeline, and nothing moves under it', async ({
	page
}) => {
	serve(firstVersion(), 'w1');
	await openLive(page);
	const plot = page.locator('[data-sourceline-plot]');
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	serve(published, 'w2');
	await nextLook(page);
	await expect(note(page)).toHaveText(
		'Live · an update shows when the pointer leaves the timeline'
	);
	await expect.poll(() => drawnEvents(page)).toBe(10);
	await page.mouse.move(2, 2);
	await expect.poll(() => drawnEvents(page)).toBe(11);
	await expect(announced(page)).toHaveText(/^The story was updated: 1 event added\.\s?$/);
});

test('a file that turns bad keeps the last good story, and says so quietly', async ({ page }) => {
	serve(firstVersion(), 'x1');
	await openLive(page);
	serve({ ...published, events: 'no longer a list' }, 'x2');
	await nextLook(page);
	await expect(note(page)).toHaveText(
		/^Live · the file at 127\.0\.0\.1:\d+ now has a problem, so this is its last good version; looking again at \d\d:\d\d$/
	);
	await expect.poll(() => drawnEvents(page)).toBe(10);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title);
});

test('a published spreadsheet (CSV in TimelineJS columns) by ?src=, followed live', async ({
	page
}) => {
	const sheet = (rows: string[]) =>
		host.set('/sheet/pub.csv', {
			headers: { ...CORS, 'content-type': 'text/csv; charset=utf-8', etag: `"${rows.length}"` },
			body: [
				'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
				',,,,,,,,,A newsroom sheet,Kept in a spreadsheet.,,,,,title,,',
				...rows
			].join('\r\n')
		});
	sheet(['1943,7,,,1946,,,,,ENIAC built,"At the <b>Moore School</b>, in Philadelphia.",,,,,,,']);
	await page.clock.install();
	const src = encodeURIComponent(`${host.origin}/sheet/pub.csv`);
	await page.goto(`/embed?src=${src}&live=15`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A newsroom sheet');
	await expect(page.locator('[data-sourceline-plot] .mark')).toHaveCount(1);
	await expect(page.locator('.credit')).toContainText('127.0.0.1');
	await expect(note(page)).toHaveText(/^Live · checked at/);

	sheet([
		'1943,7,,,1946,,,,,ENIAC built,"At the <b>Moore School</b>, in Philadelphia.",,,,,,,',
		'1952,,,,,,,,,The compiler,Grace Hopper writes it.,,,,,,,'
	]);
	await page.mouse.move(2, 2);
	await page.clock.fastForward(16_000);
	await expect(announced(page)).toHaveText(/^The story was updated: 1 event added\.\s?$/);
	// The view stays on the first event's years; Fit all takes in the new one.
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect(page.locator('[data-sourceline-plot] .mark')).toHaveCount(2);
	await page.getByRole('button', { name: 'List' }).click();
	await page.getByRole('link', { name: 'The compiler' }).click();
	const source = page.getByRole('region', { name: 'Source' });
	await expect(source).toContainText(`TimelineJS spreadsheet at ${new URL(host.origin).host}`);
	await expect(source.getByRole('link', { name: 'The TimelineJS spreadsheet' })).toHaveAttribute(
		'href',
		`${host.origin}/sheet/pub.csv`
	);
});

for (const [what, path] of [
	['a built embed', `/embed/${storyId}`],
	['the story page', `/stories/${storyId}`]
] as const)
	test(`${what} with live= follows the story as the site publishes it again`, async ({ page }) => {
		// The site's own file, as a newsroom's next build publishes it: one event corrected.
		let version = published;
		await page
			.context()
			.route(`**/stories/${storyId}.json`, (route) =>
				route.fulfill({ json: version, headers: { 'cache-control': 'no-cache' } })
			);
		await page.clock.install();
		await page.goto(`${path}?live=30`);
		await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible();
		await expect(note(page)).toHaveText(/^Live · checked at \d\d:\d\d$/);
		await expect(mark(page, CORRECTED)).not.toContainText('(corrected)');

		version = {
			...published,
			events: published.events.map((event) =>
				event.id === CORRECTED ? { ...event, title: `${event.title} (corrected)` } : event
			)
		};
		await page.mouse.move(2, 2);
		await nextLook(page);
		await expect(announced(page)).toHaveText(/^The story was updated: 1 event updated\.\s?$/);
		await expect(mark(page, CORRECTED)).toContainText('(corrected)');
		await expect(page.locator(`.mark[data-event-id="${CORRECTED}"]`)).toHaveAttribute(
			'data-fresh',
			'updated'
		);
	});
