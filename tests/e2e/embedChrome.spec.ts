import type { FrameLocator, Locator } from '@playwright/test';
import { iframeSnippet, loaderSnippet } from '../../src/lib/embed/host/snippets';
import { interactive } from './a11y';
import { expect, notInFirefox, storyId, storyPath, test } from './fixtures';
import { expectFitted, frameHeight, hostScreenshot, viewportScreenshot } from './embedHelpers';
import { startHostServer, type HostServer } from './hostServer';

// What a host leaves out of an embed (title, summary, help, legend), and the Embed dialog
// that offers every option with a live preview.

const storyTitle = 'Starmer’s week in Washington';
const summaryStart = 'From Macron’s White House visit';
let host: HostServer;

/** A column 300 px wide, as a news site's sidebar. */
const column = (html: string) => `<div style="width: 300px">${html}</div>`;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	const target = { origin: site, storyId, storyTitle };
	host.page('/column.html', column(loaderSnippet(target)));
	host.page(
		'/column-bare.html',
		column(loaderSnippet({ ...target, options: { hide: 'title,summary,help,legend' } }))
	);
});

test.afterAll(async () => {
	await host.close();
});

/** Whether an element is drawn at most a pixel wide: on no one's screen, yet in the page. */
const offScreen = (locator: Locator) =>
	locator.evaluate((element) => element.getBoundingClientRect().width <= 1);

async function expectBare(embed: FrameLocator): Promise<void> {
	// The title stays the frame's heading for screen readers; the summary leaves the page.
	const title = embed.getByRole('heading', { level: 1, name: storyTitle });
	await expect(title).toBeAttached();
	expect(await offScreen(title)).toBe(true);
	await expect(embed.getByText(summaryStart)).toHaveCount(0);
	// The help still describes the plot to a screen reader, on no one's screen.
	await expect(embed.locator('[data-sourceline-plot]')).toHaveAccessibleDescription(
		/arrows move between events/
	);
	expect(await offScreen(embed.locator('#timeline-help'))).toBe(true);
	await expect(embed.getByRole('list', { name: 'Legend' })).toBeHidden();
}

test('hide= leaves the title, summary, help and legend out of a 300 px column', async ({
	browserName,
	page
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	await page.setViewportSize({ width: 800, height: 900 });
	await page.goto(`${host.origin}/column.html`);
	const iframe = page.locator('iframe');
	const embed = page.frameLocator('iframe');
	await expect(embed.getByText(summaryStart)).toBeVisible();
	await expect(embed.getByRole('list', { name: 'Legend' })).toBeVisible();
	await expectFitted(iframe);
	const full = await frameHeight(iframe);

	await page.goto(`${host.origin}/column-bare.html`);
	await expect(iframe).toHaveAttribute('src', /[?&]hide=title%2Csummary%2Chelp%2Clegend/);
	await expect(embed.locator('.mark').first()).toBeVisible();
	await expectBare(embed);
	// Nothing left to unfold: the button for help and legend goes too.
	await expect(embed.getByRole('button', { name: 'Help and legend' })).toBeHidden();
	await expectFitted(iframe);
	// The column's frame is far shorter without them.
	expect(await frameHeight(iframe)).toBeLessThan(full - 300);
	await hostScreenshot(page, 'embed-column-bare');

	// The timeline itself still works: an event opens with its passage.
	await embed.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await embed.locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	await expect(embed.locator('mark.passage').first()).toContainText('face-to-face with Trump');
});

test('the Embed dialog offers every option: the code and the preview follow each', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	const iframeCode = dialog.locator('code[data-snippet="embed-iframe"]');
	const loaderCode = dialog.locator('code[data-snippet="embed-loader"]');
	const preview = dialog.locator('iframe');
	const target = { origin: baseURL!, storyId, storyTitle };
	await expect(iframeCode).toHaveText(iframeSnippet(target));

	await dialog.getByLabel('Open at').selectOption({ label: 'Macron visits the White House' });
	await dialog.getByLabel('Reading panel at start').selectOption('closed');
	await dialog.getByLabel('From', { exact: true }).fill('2025-02-24');
	await dialog.getByLabel('To', { exact: true }).fill('2025-02-27');
	await dialog.getByLabel('Theme').selectOption('dark');
	for (const part of ['Title', 'Summary', 'Help text', 'Legend'])
		await dialog.getByRole('checkbox', { name: part, exact: true }).check();
	await dialog.getByRole('checkbox', { name: /^Allow readers to export/ }).check();
	await dialog.getByLabel('Look for updates').selectOption({ label: 'Every 5 minutes' });
	const options = {
		event: 'macron-white-house-visit',
		from: '2025-02-24',
		to: '2025-02-27',
		theme: 'dark',
		panel: 'closed',
		hide: 'title,summary,help,legend',
		export: '1',
		live: '300'
	};
	await expect(iframeCode).toHaveText(iframeSnippet({ ...target, options }));
	await expect(loaderCode).toHaveText(loaderSnippet({ ...target, options }));
	await expect(preview).toHaveAttribute(
		'src',
		`/embed/${storyId}?event=macron-white-house-visit&from=2025-02-24&to=2025-02-27&theme=dark&panel=closed&hide=title%2Csummary%2Chelp%2Clegend&export=1&live=300`
	);
	const embed = dialog.frameLocator('iframe');
	await expect(embed.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(embed.locator('.mark[data-event-id="macron-white-house-visit"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(embed.getByRole('region', { name: 'Source' })).toHaveCount(0);
	// Its readers get the Export menu, as the host allowed.
	await expect(embed.getByRole('button', { name: 'Export' })).toBeVisible();
	await expectBare(embed);
	await expectFitted(preview);

	// A backwards range is left out of the code, and the dialog says why.
	await dialog.getByLabel('To', { exact: true }).fill('2025-02-20');
	await expect(dialog.getByText('its start is after its end')).toBeVisible();
	await expect(iframeCode).not.toContainText('from=');

	// Previewed as the plain iframe: its fixed height, the panel docked beside the timeline.
	await dialog.getByLabel('Reading panel at start').selectOption('');
	await dialog.getByLabel('As', { exact: true }).selectOption({ label: 'the iframe, 640 px high' });
	await expect.poll(() => frameHeight(preview)).toBe(640);
	const panel = embed.getByRole('region', { name: 'Source' });
	const passage = panel.locator('mark.passage').first();
	await expect(passage).toContainText('Macron');
	// Within the frame's own 640 px, with nothing scrolled inside it.
	await expect
		.poll(() => passage.evaluate((mark) => mark.getBoundingClientRect().bottom <= innerHeight))
		.toBe(true);
	await preview.scrollIntoViewIfNeeded();
	await viewportScreenshot(page, 'embed-dialog-options');
});
