import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { importTimelineJs } from '../../src/lib/import/timelinejs/importTimelineJs';
import { loadStory } from '../../src/lib/story/loadStory';
import { expectNoAxeViolations } from './a11y';
import {
	downloadOf,
	expect,
	gotoInteractive,
	mark,
	notInFirefox,
	storyId,
	storyPath,
	test
} from './fixtures';

// /edit: a newsroom reopens a story, corrects it and downloads the file.

const card = (page: Page, title: string) =>
	page.locator('[data-event-card]').filter({ has: page.getByRole('heading', { name: title }) });

test('open the built Starmer story, change a title, download: the file has it and validates', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, `/edit?story=${storyId}`);
	await expect(page.locator('[data-event-card]')).toHaveCount(11);
	await expect(page.getByRole('status').filter({ hasText: 'The story validates.' })).toBeVisible();
	// The source is shown with the events' quotes marked.
	await expect(page.locator('.source mark').first()).toBeVisible();
	await expectNoAxeViolations(page);

	const macron = card(page, 'Macron visits the White House');
	await expect(macron.getByLabel('Kind', { exact: true })).toHaveValue('visit');
	await macron.getByLabel('Title', { exact: true }).fill('Macron meets Trump at the White House');
	await expect(card(page, 'Macron meets Trump at the White House')).toHaveCount(1);

	const download = await downloadOf(page, () =>
		page.getByRole('button', { name: 'Download the story' }).click()
	);
	expect(download.suggestedFilename()).toBe(`${storyId}.json`);
	const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
		events: { title: string }[];
	};
	expect(file.events.map((event) => event.title)).toContain(
		'Macron meets Trump at the White House'
	);
	expect(file.events.map((event) => event.title)).not.toContain('Macron visits the White House');
	const loaded = loadStory(file, 'downloaded.json');
	expect(loaded.ok && loaded.story.events).toHaveLength(11);
});

test('the preview follows each change; a reload offers the changes kept in this browser', async ({
	page
}) => {
	await gotoInteractive(page, `/edit?story=${storyId}`);
	const preview = page.getByRole('region', { name: 'Preview of the story’s timeline' });
	await expect(preview).toBeVisible();
	const macron = card(page, 'Macron visits the White House');
	await macron.getByLabel('Title', { exact: true }).fill('Macron meets Trump at the White House');
	await expect(mark(page, 'macron-white-house-visit')).toContainText('Macron meets Trump');
	// An event picked on the preview brings its card into view, focused.
	await mark(page, 'zelenskyy-meets-trump').click();
	const friday = card(page, 'Zelenskyy meets Trump on minerals deal');
	await expect(friday).toBeFocused();
	await expect(friday).toBeInViewport();
	await page
		.locator('section[aria-labelledby="editor-preview"]')
		.screenshot({ path: 'test-results/screenshots/edit-preview.png' });

	// The tab closes before a download: the change is still here, offered beside the file.
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('alert')).toContainText('This browser keeps changes to this story');
	await expect(card(page, 'Macron visits the White House')).toHaveCount(1);
	await page.getByRole('button', { name: 'Go on with the kept changes' }).click();
	await expect(card(page, 'Macron meets Trump at the White House')).toHaveCount(1);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('for a newsroom that leaves: the story as a TimelineJS sheet, the change in it', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, `/edit?story=${storyId}`);
	const macron = card(page, 'Macron visits the White House');
	await macron.getByLabel('Title', { exact: true }).fill('Macron meets Trump at the White House');
	await expect(card(page, 'Macron meets Trump at the White House')).toHaveCount(1);
	const exporting = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as TimelineJS CSV' }).click();
	const sheet = await exporting;
	expect(sheet.suggestedFilename()).toBe(`${storyId}-timelinejs.csv`);
	const csv = await readFile((await sheet.path())!, 'utf8');
	expect(csv.split('\r\n', 1)[0]).toMatch(/^Year,Month,Day,Time,End Year,/);
	const imported = importTimelineJs(csv, {
		file: 'sheet.csv',
		publisher: 'The Paper',
		published: null,
		language: 'en-GB',
		timeZone: 'Europe/London'
	});
	expect(imported.ok && imported.story.events.map((event) => event.title)).toContain(
		'Macron meets Trump at the White House'
	);
});

test('each problem is linked to the field that fixes it', async ({ page }) => {
	await gotoInteractive(page, `/edit?story=${storyId}`);
	const macron = card(page, 'Macron visits the White House');
	// An inferred date needs its reasoning and its expression.
	await macron.getByLabel('How the date is known').selectOption('inferred');
	await macron.getByLabel('Title', { exact: true }).fill('');
	await expect(page.getByRole('status').filter({ hasText: /\d problems to fix\./ })).toBeVisible();

	const problems = page.getByRole('region', { name: 'Problems' });
	await problems.getByRole('button', { name: /\.title$/ }).click();
	await expect(page.locator(':focus')).toHaveAccessibleName('Title');
	await expect(page.locator(':focus')).toHaveValue('');
	await problems.getByRole('button', { name: /\.when\.note$/ }).click();
	await expect(page.locator(':focus')).toHaveAccessibleName(/^Note/);
	await page.locator(':focus').fill('Read from the narrative.');
	await page.locator(':focus').press('Tab');

	// Undo takes back each field's change, the note's typing as one step.
	for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The story validates.' })).toBeVisible();
	await expect(card(page, 'Macron visits the White House')).toHaveCount(1);
});

test('a TimelineJS sheet opens from a chosen file; a broken file opens with its problems', async ({
	page
}) => {
	await gotoInteractive(page, '/edit');
	await page.getByLabel(/^Open a story file/).setInputFiles({
		name: 'sheet.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('Year,Month,Day,Headline,Text\n2020,1,2,First,Words of the first\n')
	});
	await expect(page.locator('[data-event-card]')).toHaveCount(1);
	await expect(page.locator('[data-event-card]').getByLabel('Title', { exact: true })).toHaveValue(
		'First'
	);

	const broken = { format: 'sourceline/story@2', id: 'Not A Slug', events: [{ id: 'x' }] };
	await page.getByLabel(/^Open a story file/).setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(broken))
	});
	await expect(page.locator('[data-event-card]')).toHaveCount(1);
	await expect(page.getByLabel('Story id')).toHaveValue('Not A Slug');
	await expect(
		page.getByRole('region', { name: 'Problems' }).getByRole('listitem').first()
	).toBeVisible();
});

test('the editor loads only on its own page', async ({ page }) => {
	const signature = 'The file could not be opened';
	// Every script's body, read as it passes (a body asked of the browser after the page has
	// moved on may be gone).
	const bodies: string[] = [];
	await page.route('**/*.js', async (route) => {
		try {
			const response = await route.fetch();
			const body = await response.text();
			bodies.push(body);
			await route.fulfill({ response, body });
		} catch {
			// A request of a page already left: nothing of it is counted.
		}
	});
	for (const path of ['/edit', storyPath, `/embed/${storyId}`]) {
		bodies.length = 0;
		// Hydrated and loaded.
		await gotoInteractive(page, path);
		await page.waitForLoadState('load');
		const hasEditor = () => bodies.some((body) => body.includes(signature));
		await expect.poll(hasEditor, { message: path }).toBe(path === '/edit');
	}
});

test('add an event, quote words selected in the source, move it up, delete one', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, `/edit?story=${storyId}`);
	const cards = page.locator('[data-event-card]');
	await expect(cards).toHaveCount(11);
	await page.getByRole('button', { name: 'Add an event' }).click();
	await expect(cards).toHaveCount(12);
	const added = cards.nth(11);
	await expect(added.getByLabel('Id', { exact: true })).toHaveValue('new-event');
	await expect(page.getByRole('status').filter({ hasText: /problems? to fix/ })).toBeVisible();

	// The words are selected in the source's text as shown, marks and all.
	const words = 'While on the plane to Washington DC';
	const selected = await page.locator('[data-source-index="0"]').evaluate((container, words) => {
		const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(words);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return true;
		}
		return false;
	}, words);
	expect(selected).toBe(true);
	await added.getByRole('button', { name: 'Quote the selected words' }).click();
	await expect(added.getByLabel('Quote 1, word for word')).toHaveValue(words);

	await added.getByLabel('Title', { exact: true }).fill('Starmer arrives');
	await added.getByLabel('Summary').fill('Starmer lands in Washington.');
	await added.getByLabel('Expression').fill('26 February 2025');
	await added.getByLabel(/^Note/).fill('The day of the flight, from the article.');
	await expect(page.getByRole('status').filter({ hasText: 'The story validates.' })).toBeVisible();

	await added.getByRole('button', { name: 'Move up' }).click();
	await expect(cards.nth(10).getByRole('heading')).toHaveText('Starmer arrives');
	await expect(cards.nth(11).getByRole('button', { name: 'Move down' })).toBeDisabled();
	await cards.nth(11).getByRole('button', { name: 'Delete' }).click();
	await expect(cards).toHaveCount(11);

	const download = await downloadOf(page, () =>
		page.getByRole('button', { name: 'Download the story' }).click()
	);
	const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
	const loaded = loadStory(file, 'downloaded.json');
	expect(loaded.ok).toBe(true);
	const events = (file as { events: { id: string; excerpts: { exact: string }[] }[] }).events;
	expect(events[10]!.id).toBe('new-event');
	expect(events[10]!.excerpts[0]!.exact).toBe(words);
});

test('add an era: its problems point to its fields until it is filled in', async ({ page }) => {
	await gotoInteractive(page, `/edit?story=${storyId}`);
	await page.getByRole('button', { name: 'Add an era' }).click();
	const problems = page.getByRole('region', { name: 'Problems' });
	await problems.getByRole('button', { name: /eras\[0\]\.label$/ }).click();
	await expect(page.locator(':focus')).toHaveAccessibleName('Era 1 label');
	await page.locator(':focus').fill('The week in Washington');
	await page.getByLabel('Era 1 dates').fill('2025-02-24/2025-03-02');
	await expect(page.getByRole('status').filter({ hasText: 'The story validates.' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete era 1' }).click();
	await expect(page.getByLabel('Era 1 label')).toHaveCount(0);
});
