import { expect, mark, storyPath, test } from './fixtures';
import { announcer, interactive, publishedEvents } from './a11y';

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

test('the chart, every mark and the panel have names a screen reader can say', async ({
	page,
	request
}) => {
	const events = await publishedEvents(request);
	await page.goto(storyPath);
	await interactive(page);
	await expect(
		page.getByRole('region', { name: 'Timeline of Starmer’s week in Washington: 11 events' })
	).toBeVisible();
	await expect(page.getByRole('group', { name: 'Events, in time order' })).toBeVisible();
	for (const event of events) {
		// Title, the date words as the source wrote them, the resolved date, the basis.
		const words = event.when.text ? `“${event.when.text}”, ` : '';
		const name = new RegExp(
			`^${escape(event.title)}, ${escape(words)}.*\\d{4}.* \\(${event.when.basis}\\)$`
		);
		await expect(mark(page, event.id)).toHaveAccessibleName(name);
	}
	await expect(mark(page, 'zelenskyy-meets-trump')).toHaveAccessibleName(
		'Zelenskyy meets Trump on minerals deal, “this Friday”, Fri 28 Feb 2025 (stated)'
	);
	await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
	// The live region is in the page from the start, empty until there is news.
	await expect(announcer(page)).toHaveCount(1);
	await expect(announcer(page)).toHaveAttribute('aria-live', 'polite');
	await expect(announcer(page)).toHaveText('');
});

test('a zoom gesture is announced once, when it settles', async ({ page }) => {
	await page.goto(storyPath);
	await interactive(page);
	// Record every message the live region is given.
	await announcer(page).evaluate((region) => {
		const said: string[] = [];
		(window as unknown as { said: string[] }).said = said;
		new MutationObserver(() => {
			const text = region.textContent?.trim();
			if (text) said.push(text);
		}).observe(region, { childList: true, characterData: true, subtree: true });
	});
	const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);

	const plot = (await page.locator('.plot').boundingBox())!;
	await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
	await page.keyboard.down('Control');
	for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
	await page.keyboard.up('Control');
	await expect.poll(said).toHaveLength(1);
	expect((await said())[0]).toMatch(/^Showing \w{3} \d{1,2} \w{3}\b.*\b20\d\d\b/);

	// Selection is said once too, and briefly.
	await page.locator('.passage[data-passage-of="zelenskyy-meets-trump"]').click();
	await expect.poll(said).toHaveLength(2);
	expect((await said())[1]).toBe(
		'Opened Zelenskyy meets Trump on minerals deal, 1 passage highlighted.'
	);
});

test('opening from a passage names the event, since focus stays in the article', async ({
	page
}) => {
	await page.goto(storyPath);
	await interactive(page);
	await page.locator('.passage[data-passage-of="zelenskyy-starmer-rutte-meeting"]').click();
	await expect(announcer(page)).toHaveText(
		'Opened Zelenskyy meets Starmer and Rutte in the UK, 1 passage highlighted.'
	);
});

test('a range the event fell within and one it lasted are named apart, on the chart, in the details and in the list', async ({
	page
}) => {
	await page.goto(storyPath);
	await interactive(page);
	const macron = mark(page, 'macron-white-house-visit');
	await expect(macron).toHaveAccessibleName(
		'Macron visits the White House, “earlier this week”, some day between Mon 24 and Wed 26 Feb 2025 (stated)'
	);
	await macron.click();
	const details = page.locator('.when [data-extent]');
	await expect(details).toHaveAttribute('data-extent', 'within');
	await expect(details).toHaveText(/^\s*some day between\s+Mon 24\s+and Wed 26 Feb 2025\s*$/);
	await page.getByRole('button', { name: 'List' }).click();
	const list = page.getByRole('list', { name: 'Events, in time order' });
	await expect(list.getByText('some day between Mon 24 and Wed 26 Feb 2025').first()).toBeVisible();

	await page.goto('/stories/women-in-computing');
	await interactive(page);
	await expect(mark(page, 'ada-lovelace')).toHaveAccessibleName(
		'Ada Lovelace, “1815-12-10/1852-11-27”, from Sun Dec 10 1815 to Sat Nov 27 1852 (stated)'
	);
	await page.getByRole('button', { name: 'List' }).click();
	await expect(
		page
			.getByRole('list', { name: 'Events, in time order' })
			.getByText('from Sun Dec 10 1815 to Sat Nov 27 1852')
	).toBeVisible();
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a zoom over two centuries is announced in years', async ({ page }) => {
	await page.goto('/stories/women-in-computing');
	await interactive(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(announcer(page)).toHaveText(/^Showing 1[89]\d\d – (19|20)\d\d\s*$/);
});
