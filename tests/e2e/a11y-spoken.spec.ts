import { expect, mark, storyPath, test } from './fixtures';
import { interactive, publishedEvents } from './a11y';
import { startScreenReader } from './screenReader';
import { startHostServer, CORS, type HostServer } from './hostServer';
import { generateStory } from '../bench/stories.js';

// What a screen reader says, word for word: a virtual screen reader reads the page's
// accessibility tree as the reader moves through it, as focus moves, and as the live region
// speaks, while the reader uses the real keyboard and pointer.

const friday =
	'button, Zelenskyy meets Trump on minerals deal, “this Friday”, Fri 28 Feb 2025 (stated), not pressed';

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

test('the timeline says its name and how to use it, then every event in time order with its date and how it is known', async ({
	page,
	request
}) => {
	const events = await publishedEvents(request);
	await page.goto(storyPath);
	await interactive(page);
	const reader = await startScreenReader(page);
	expect(await reader.nextUntil(/^region, Timeline of/)).toBe(
		'region, Timeline of Starmer’s week in Washington: 11 events, Ctrl (or ⌘) + scroll or pinch to zoom, drag to pan. Keys: arrows move between events, Home and End go to the first and last, Enter opens one (or zooms into a group of events), Escape closes it, + and − zoom, 0 fits all.'
	);
	expect(await reader.next()).toBe('group, Events, in time order');
	for (const event of events) {
		const words = event.when.text ? `“${event.when.text}”, ` : '';
		// Title, the source's own date words, the date as resolved, and its basis.
		const said = await reader.nextUntil(/^button, /);
		expect(said.startsWith(`button, ${event.title}, ${words}`), said).toBe(true);
		expect(said).toMatch(new RegExp(`\\d{4} \\(${event.when.basis}\\), not pressed$`));
	}
	expect(await reader.nextUntil(/^end of group/)).toBe('end of group, Events, in time order');
});

test('keyboard: each event is said as focus reaches it, a zoom says the range it settles on, Enter says the panel’s heading and what it highlights, Escape says it closed', async ({
	page
}) => {
	await page.goto(storyPath);
	await interactive(page);
	const reader = await startScreenReader(page);
	// Tab from the top of the page into the timeline: its one tab stop is the first event.
	for (let i = 0; i < 20 && !(await reader.last()).startsWith('button, Trump calls'); i++)
		await page.keyboard.press('Tab');
	expect(await reader.last()).toBe(
		'button, Trump calls Zelenskyy a dictator, Wed 19 Feb 2025 (editorial), not pressed'
	);
	await page.keyboard.press('End');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => reader.last()).toBe(friday);

	await reader.clear();
	await page.keyboard.press('+');
	// Said once, when the zoom has settled, in the axis's words.
	await expect
		.poll(() => reader.spoken())
		.toEqual([
			expect.stringMatching(/^polite: Showing \w{3} \d{1,2} \w{3} – \w{3} \d{1,2} \w{3} 2025$/)
		]);

	await reader.clear();
	await page.keyboard.press('Enter');
	await expect
		.poll(() => reader.spoken())
		.toEqual([
			'heading, Zelenskyy meets Trump on minerals deal, level 2',
			'polite: Source opened, 1 passage highlighted.'
		]);
	// Reading on from the heading: the panel's close button, the event's summary and date.
	expect(await reader.next()).toBe('button, Close the source panel');
	expect(await reader.nextUntil(/^paragraph$/)).toBe('paragraph');
	expect(await reader.next()).toBe(
		'Ukraine’s president meets Trump, who says they will sign a “very big agreement” on Ukraine’s minerals.'
	);
	expect(await reader.nextUntil('Fri 28 Feb 2025')).toBe('Fri 28 Feb 2025');
	expect(await reader.nextUntil(/^as written/)).toBe('as written: “this Friday”');

	// The link to the passage takes focus to it, and the passage's words are said.
	await reader.clear();
	await page.getByRole('link', { name: '1 highlighted in the article' }).press('Enter');
	await expect.poll(() => reader.last()).toMatch(/^link, .*face-to-face with Trump this Friday/);

	await reader.clear();
	await page.keyboard.press('Escape');
	await expect.poll(() => reader.spoken()).toEqual([friday, 'polite: Source closed.']);
});

test('a passage clicked in the article says which event it opened, since focus stays there', async ({
	page
}) => {
	await page.goto(storyPath);
	await interactive(page);
	const reader = await startScreenReader(page);
	await page.locator('.passage[data-passage-of="zelenskyy-starmer-rutte-meeting"]').click();
	await expect
		.poll(() => reader.spoken())
		.toContain(
			'polite: Opened Zelenskyy meets Starmer and Rutte in the UK, 1 passage highlighted.'
		);
});

test('the list view is read as a list of eleven, each event a link with its date and how it is known, the open one said to be current', async ({
	page
}) => {
	await page.goto(`${storyPath}?event=zelenskyy-meets-trump`);
	await interactive(page);
	await page.getByRole('button', { name: 'List' }).click();
	await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
	const reader = await startScreenReader(page);
	await reader.nextUntil('list, Events, in time order');
	expect(await reader.next()).toBe('listitem, level 1, position 1, set size 11');
	expect(await reader.next()).toBe('link, Trump calls Zelenskyy a dictator');
	expect(await reader.nextUntil('Wed 19 Feb 2025')).toBe('Wed 19 Feb 2025');
	expect(await reader.nextUntil(/^Editorial$/)).toBe('Editorial');
	expect(await reader.nextUntil(/^listitem, .*position 10,/)).toBe(
		'listitem, level 1, position 10, set size 11'
	);
	expect(await reader.next()).toBe('link, Zelenskyy meets Trump on minerals deal, current item');
	expect(await reader.nextUntil(/^Stated$/)).toBe('Stated');
});

test('on a phone the reading sheet is a dialog named by its event, its heading said as it opens', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto(storyPath);
	await interactive(page);
	const reader = await startScreenReader(page);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect
		.poll(() => reader.spoken())
		.toEqual(
			expect.arrayContaining([
				'heading, Zelenskyy meets Trump on minerals deal, level 2',
				'polite: Source opened, 1 passage highlighted.'
			])
		);
	await reader.clear();
	await page.keyboard.press('Escape');
	await expect.poll(() => reader.spoken()).toEqual([friday, 'polite: Source closed.']);
});

test.describe('a story too dense to draw apart', () => {
	let host: HostServer;
	// eslint-disable-next-line no-empty-pattern
	test.beforeAll(async ({}, testInfo) => {
		host = await startHostServer(testInfo.project.use.baseURL!);
		host.set('/data/dense.json', {
			headers: { ...CORS, 'content-type': 'application/json' },
			body: JSON.stringify(generateStory(300, { instants: 0.5 }).story)
		});
	});
	test.afterAll(async () => {
		await host.close();
	});

	test('a cluster says how many events it holds and what Enter does; opening it says its first event, then the range it zooms to', async ({
		page
	}) => {
		await page.goto(`/embed?src=${encodeURIComponent(`${host.origin}/data/dense.json`)}`);
		await expect(page.locator('[data-sourceline-ready="true"]')).toBeVisible({ timeout: 60_000 });
		const clusters = page.locator('.plot .cluster');
		const counts = await clusters.evaluateAll((els) =>
			els.map((el) => Number((el as HTMLElement).dataset.count))
		);
		const count = Math.max(...counts);
		expect(count).toBeGreaterThan(1);
		const cluster = clusters.nth(counts.indexOf(count));
		const reader = await startScreenReader(page);
		await cluster.focus();
		const clusterName = new RegExp(`^button, ${count} events, .+; activate to zoom in$`);
		await expect.poll(() => reader.last()).toMatch(clusterName);
		await reader.clear();
		await page.keyboard.press('Enter');
		// On a busy machine the zoom draws in-between frames: focus follows the first event
		// through the smaller clusters that hold it on the way (or the opened one said once
		// more). Those are not what opening it says.
		const anyCluster = /^button, \d+ events, .+; activate to zoom in$/;
		const anEvent =
			/^button, .+ 2025( \d\d:\d\d \w+)? \((stated|inferred|editorial)\), not pressed$/;
		const range = /^polite: Showing \w{3} \d{1,2} \w+ – \w{3} \d{1,2} \w+ 2025$/;
		// Under load an in-between frame can also say the event next to it as focus passes;
		// what counts is an event said, then the range, and nothing else.
		await expect
			.poll(async () => {
				const said = (await reader.spoken()).filter((words) => !anyCluster.test(words));
				const events = said.slice(0, -1);
				return (
					events.length > 0 && events.every((w) => anEvent.test(w)) && range.test(said.at(-1) ?? '')
				);
			})
			.toBe(true);
	});
});
