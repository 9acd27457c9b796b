import { expectNoAxeViolations } from './a11y';
import { expect, mark, screenshot, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// TimelineJS in: the second story (imported from TimelineJS's own sample sheet), the home
// page's list of stories, and a TimelineJS JSON file drawn by `/embed?src=` from elsewhere.

const secondStory = '/stories/women-in-computing';

test('the home page lists every story with its span and event count', async ({ page }) => {
	await page.goto('/');
	const items = page.getByRole('listitem');
	await expect(items).toHaveCount(2);
	const women = items.filter({ hasText: 'Women in Computing' });
	await expect(women).toContainText('10 events');
	await expect(women.locator('.span')).toContainText('1815');
	await expect(women.locator('.span')).toContainText('1985');
	const week = items.filter({ hasText: 'Starmer' });
	await expect(week.locator('.span')).toContainText('2025');
	await screenshot(page, 'home-stories');
});

test('the second story renders, credited, with media in the reading panel', async ({ page }) => {
	await page.goto(secondStory);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women in Computing');
	// Every event drawn: a mark with its label, or counted in a "+N" cluster (pinned on a
	// short window, the plot has few rows for the years 1943 to 1985 that hold nine events).
	const plot = page.locator('[data-sourceline-plot]');
	await expect(plot).toHaveAttribute('data-visible-end', /Z$/);
	const drawn = await plot.evaluate((p) => ({
		marks: p.querySelectorAll('.mark').length,
		unlabelled: p.querySelectorAll('.mark:not(:has(.label))').length,
		counted: [...p.querySelectorAll<HTMLElement>('.cluster')].reduce(
			(n, c) => n + Number(c.dataset.count),
			0
		)
	}));
	expect(drawn.marks + drawn.counted).toBe(10);
	expect(drawn.unlabelled).toBe(0);
	// Two centuries: the axis counts in years (the ticks' own unit and words, whatever their step).
	const labels = await page.locator('.axis .tick text').allTextContents();
	expect(labels.length).toBeGreaterThan(2);
	for (const label of labels) expect(label).toMatch(/^\d{4}s?$/);

	// The sheet's date columns state every date: drawn as stated, none hatched as inferred.
	await expect(page.locator('.mark[data-basis="stated"]')).toHaveCount(drawn.marks);
	// The legend is folded behind its button while the timeline is pinned on a short window.
	await page.getByRole('button', { name: 'Help and legend' }).click();
	const legend = page.getByRole('list', { name: 'Legend' });
	await expect(legend).toContainText('Stated');
	await expect(legend).not.toContainText('Inferred from the narrative');

	// The source is credited where it is shown.
	const source = page.getByRole('region', { name: 'Source' });
	await expect(source).toContainText('Northwestern University Knight Lab');
	await expect(source).toContainText('MPL-2.0');
	await expect(source.getByRole('link', { name: 'The TimelineJS spreadsheet' })).toBeVisible();
	await expect(source.getByRole('link', { name: 'Original article' })).toHaveCount(0);

	await mark(page, 'ada-lovelace').click();
	const details = page.locator('[data-selected-event="ada-lovelace"]');
	const picture = details.getByRole('img', { name: /Portrait by Alfred Edward Chalon/ });
	await expect(picture).toHaveAttribute('loading', 'lazy');
	await expect(picture).toHaveAttribute('src', /^https:\/\/upload\.wikimedia\.org\//);
	await expect(details).toContainText('Wikimedia Commons');
	// The event's own words are the passage highlighted.
	const active = page.locator('.passage.active');
	await expect(active.first()).toHaveText('Ada Lovelace');
	await expect(active.filter({ hasText: 'Women have been programming' })).toHaveCount(1);
	// The slide's links can be followed in its open passage; in the others they are words.
	const link = page.locator('.passage.active').getByRole('link', { name: 'Ada Lovelace' });
	await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Ada_Lovelace');
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(page.locator('.source-text .source-link')).toHaveText([
		'Ada Lovelace',
		"Charles Babbage's Analytical Engine"
	]);
	await expect(page.locator('.source-text a.passage .source-link')).toHaveCount(0);
	await screenshot(page, 'women-in-computing');
	await expectNoAxeViolations(page);
});

test.describe('TimelineJS JSON by ?src=', () => {
	let host: HostServer;

	// eslint-disable-next-line no-empty-pattern
	test.beforeAll(async ({}, testInfo) => {
		host = await startHostServer(testInfo.project.use.baseURL!);
		host.set('/timeline.json', {
			headers: { ...CORS, 'content-type': 'application/json' },
			body: JSON.stringify({
				title: {
					text: { headline: 'A <i>newsroom</i> timeline', text: '<p>Imported as it is.</p>' }
				},
				eras: [
					{
						start_date: { year: '1940' },
						end_date: { year: '1949' },
						text: { headline: 'The forties' }
					}
				],
				events: [
					{
						start_date: { year: '1943', month: '7' },
						end_date: { year: '1946' },
						group: 'Machines',
						text: {
							headline: 'ENIAC built',
							text: '<p>At the <b>Moore School</b> of <a href="https://www.upenn.edu/">the <i>University</i></a>.</p>'
						}
					},
					{
						start_date: { year: '1952' },
						group: 'Software',
						text: {
							headline: 'The compiler',
							text: '<a href="javascript:window.pwned=1">Grace Hopper</a><script>window.pwned=2</script> writes it.'
						}
					}
				]
			})
		});
	});
	test.afterAll(async () => {
		await host.close();
	});

	test('a TimelineJS file from another origin renders, its markup inert', async ({ page }) => {
		await page.goto(`/embed?src=${encodeURIComponent(`${host.origin}/timeline.json`)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('A newsroom timeline');
		await expect(page.locator('.mark')).toHaveCount(2);
		await expect(page.locator('.mark[data-basis="stated"]')).toHaveCount(2);
		// The era is a labelled band and each group a labelled track on the timeline.
		await expect(page.locator('.era-label')).toHaveText(['The forties']);
		await expect(page.locator('.track-label')).toHaveText(['Machines', 'Software']);
		// A mark's name says the group it is drawn in.
		await expect(
			page.getByRole('button', { name: /^ENIAC built, .*, group: Machines$/ })
		).toBeVisible();
		await page.getByRole('button', { name: 'List' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Machines' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Software' })).toBeVisible();
		await page.getByRole('link', { name: 'The compiler' }).click();
		const source = page.getByRole('region', { name: 'Source' });
		await expect(source).toContainText('Grace Hopper writes it.');
		// Told truly: where the file is, not a publisher; no publication date invented; the
		// link is the file, not an article.
		await expect(source).toContainText(`TimelineJS file at ${new URL(host.origin).host}`);
		await expect(source).toContainText('Publication date not known');
		await expect(source).not.toContainText('Published');
		const file = source.getByRole('link', { name: 'The TimelineJS file' });
		await expect(file).toHaveAttribute('href', `${host.origin}/timeline.json`);
		await expect(source.getByRole('link', { name: 'Original article' })).toHaveCount(0);
		// Its date is the file's own, stated, with the date fields as its words.
		const basis = source.locator('.basis').first();
		await expect(basis).toHaveText('Stated');
		await expect(source).toContainText('as written: “1952”');
		expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
		// A javascript: link keeps its words and is no link.
		await expect(source.getByRole('link', { name: 'Grace Hopper' })).toHaveCount(0);
		await screenshot(page, 'embed-timelinejs');

		// Bold, emphasis and an http(s) link are kept, built as elements.
		await page.getByRole('button', { name: 'Close the source panel' }).click();
		await page.getByRole('link', { name: 'ENIAC built' }).click();
		await expect(source.locator('strong')).toHaveText('Moore School');
		await expect(source.locator('em')).toHaveText('University');
		await expect(source.getByRole('link', { name: 'the University' })).toHaveAttribute(
			'href',
			'https://www.upenn.edu/'
		);
		await screenshot(page, 'embed-timelinejs-styles');
	});
});
