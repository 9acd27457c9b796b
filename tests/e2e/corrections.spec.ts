import { expectNoAxeViolations } from './a11y';
import { expect, mark, notInFirefox, storyId, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// A story with an update and corrections, served from another origin to /embed?src=: the
// updated line and the corrections in the title block, the reading panel and the list.
// Neither built story has been corrected, so the list without JavaScript is the same list,
// prerendered; here it is the embed's list view.

interface Story {
	events: { id: string; title: string }[];
	updated?: string;
	corrections?: { at: string; text: string; event?: string }[];
}

let host: HostServer;
let corrected: { id: string; title: string };

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	const story = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
	corrected = story.events[2]!;
	story.updated = '2025-03-03T09:00:00+00:00';
	story.corrections = [
		{
			at: '2025-03-02T18:15:00Z',
			text: 'An earlier version gave the wrong day.',
			event: corrected.id
		},
		{ at: '2025-03-03T09:00:00Z', text: 'The summary now names <em>both</em> leaders.' }
	];
	host.set('/data/corrected.json', {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: JSON.stringify(story)
	});
});

test.afterAll(async () => {
	await host.close();
});

const embedPath = () => `/embed?src=${encodeURIComponent(`${host.origin}/data/corrected.json`)}`;

test('the embed says when the story was updated and lists its corrections under the title', async ({
	page
}) => {
	await page.goto(embedPath());
	await expect(page.locator('.mark').first()).toBeVisible();
	const intro = page.locator('header.intro');
	// How long ago, once the page runs, with the date itself beside it.
	const updated = intro.getByText(/^Updated \d+ \w+ ago \(3 Mar 2025, 09:00 GMT\)$/);
	await expect(updated).toBeVisible();
	const time = updated.locator('time');
	await expect(time).toHaveAttribute('datetime', '2025-03-03T09:00:00.000Z');
	await expect(time).toHaveAttribute('title', '3 Mar 2025, 09:00 GMT');
	const note = intro.getByRole('note', { name: 'Corrections' });
	await expect(note.getByRole('listitem')).toHaveText([
		`2 Mar 2025, 18:15 GMT: In “${corrected.title}”: An earlier version gave the wrong day.`,
		'3 Mar 2025, 09:00 GMT: The summary now names <em>both</em> leaders.'
	]);
	await expect(note.locator('em')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('the corrected event shows its correction in the reading panel', async ({ page }) => {
	await page.goto(embedPath());
	await mark(page, corrected.id).click();
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.getByRole('heading', { name: corrected.title })).toBeVisible();
	await expect(panel.getByRole('note', { name: 'Corrections' })).toContainText(
		'Correction 2 Mar 2025, 18:15 GMT: An earlier version gave the wrong day.'
	);
	await expectNoAxeViolations(page);
});

test('the list marks the corrected event and no other', async ({ page }) => {
	await page.goto(embedPath());
	await page.getByRole('button', { name: 'List' }).click();
	const item = page.locator(`#story-event-${corrected.id}`);
	await expect(item.getByRole('note', { name: 'Corrections' })).toContainText(
		'2 Mar 2025, 18:15 GMT: An earlier version gave the wrong day.'
	);
	await expect(page.locator('li[id^="story-event-"] [role="note"]')).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test('without JavaScript, a built story that has no corrections shows no note', async ({
	browserName,
	browser
}) => {
	notInFirefox('scripts off', browserName);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/embed/${storyId}`);
	await expect(page.locator('li[id^="story-event-"]').first()).toBeVisible();
	await expect(page.getByRole('note', { name: 'Corrections' })).toHaveCount(0);
	await expect(page.getByText(/^Updated /)).toHaveCount(0);
	await context.close();
});
