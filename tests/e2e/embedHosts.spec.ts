import { iframeSnippet, loaderScript, loaderSnippet } from '../../src/lib/embed/host/snippets';
import { expect, notInFirefox, storyId, test } from './fixtures';
import {
	collectWarnings,
	expectFitted,
	expectHeightFollowsPanel,
	expectHydrated,
	frameHeight,
	hostScreenshot
} from './embedHelpers';
import { startHostServer, type HostServer } from './hostServer';

// A news site on another origin embeds the story in each of the three ways a newsroom would.

let host: HostServer;
let site: string;

// Worker hooks take no page: the pattern is empty on purpose.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	const target = { origin: site, storyId, storyTitle: 'Starmer’s week in Washington' };
	// The code the Embed dialog gives; a plain iframe follows its content once embed.js is on the page.
	host.page('/iframe.html', `${iframeSnippet(target)}\n${loaderScript(site)}`);
	host.page('/loader.html', loaderSnippet(target, true));
	// Issue 10, cases 3 and 4: a placeholder that cannot be mounted, and one a commenter
	// wrote naming another origin, before a good placeholder and a plain iframe.
	host.page(
		'/hostile.html',
		`<div data-sourceline-src="https://example.com:99999/story.json"></div>
		<div data-sourceline-story="x" data-sourceline-origin="https://evil.example" data-sourceline-deeplink></div>
		${loaderSnippet(target)}
		${iframeSnippet(target)}`
	);
	host.page(
		'/pym.html',
		`<div id="sourceline-pym"></div>
		<script src="/pym.v1.min.js"></script>
		<script>new pym.Parent('sourceline-pym', '{{SITE}}/embed/${storyId}', { title: 'Timeline', xdomain: ${JSON.stringify(pymOrigin(site))} });</script>`
	);
});

/** pym.js's `xdomain` for an origin: a pattern it reads as `new RegExp(xdomain + '$')`. */
function pymOrigin(origin: string): string {
	return `^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

test.afterAll(async () => {
	await host.close();
});

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 900 });
});

for (const kind of ['iframe', 'loader', 'pym']) {
	test(`${kind}: the frame follows its content as the panel opens and closes`, async ({
		browserName,
		page
	}) => {
		notInFirefox('cross-origin frame clicks', browserName);
		await page.goto(`${host.origin}/${kind}.html`);
		const iframe = page.locator('iframe');
		const embed = page.frameLocator('iframe');
		// The embed is the timeline alone: none of the site's chrome.
		await expect(embed.getByRole('heading', { level: 1 })).toHaveText(
			'Starmer’s week in Washington'
		);
		await expect(embed.locator('.masthead')).toHaveCount(0);
		await expectHeightFollowsPanel(iframe, embed);

		await embed.locator('.mark[data-event-id="starmer-remarks-on-plane"]').click();
		await expect(embed.getByRole('heading', { name: /come again/ })).toBeVisible();
		await expectFitted(iframe);
		await hostScreenshot(page, `embed-host-${kind}`);
	});
}

test('a placeholder that fails, or names another site, is skipped; the rest still mount and resize', async ({
	page
}) => {
	const warnings = collectWarnings(page);
	await page.goto(`${host.origin}/hostile.html?sourceline-event=anything+at+all+%3Cb%3E`);
	const frames = page.locator('iframe');
	await expect(frames).toHaveCount(2);
	for (const iframe of await frames.all()) {
		await expect(iframe).toHaveAttribute('src', new RegExp(`^${site}/embed/${storyId}`));
		await expect(iframe.contentFrame().locator('.mark')).toHaveCount(11);
		// As a reader scrolls to it: Chromium does not render a cross-origin frame off screen,
		// so its size observer, and the height it sends, wait until it is in view.
		await iframe.scrollIntoViewIfNeeded();
		await expectFitted(iframe);
	}
	await page.waitForFunction(() => document.readyState === 'complete');
	await expect
		.poll(() => warnings.filter((w) => w.startsWith('Sourceline embed: skipped')))
		.toEqual([
			expect.stringContaining('data-sourceline-src="https://example.com:99999/story.json"'),
			expect.stringMatching(/data-sourceline-story="x".*names https:\/\/evil\.example/)
		]);
	await expect(page).toHaveURL(/\?sourceline-event=anything\+at\+all\+%3Cb%3E$/);
});

test('the credit line links to the full story, at the event being read', async ({
	browserName,
	page
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	await page.goto(`${host.origin}/iframe.html`);
	const embed = page.frameLocator('iframe');
	await expectHydrated(embed);
	await embed.locator('.mark[data-event-id="macron-white-house-visit"]').click();
	const credit = embed.getByRole('link', { name: 'Full story on Sourceline ↗' });
	await expect(credit).toHaveAttribute(
		'href',
		`/stories/${storyId}?event=macron-white-house-visit`
	);
	await expect(credit).toHaveAttribute('target', '_blank');
});

test('deep link: the host page’s address follows the event and opens it again', async ({
	browserName,
	page
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	await page.goto(`${host.origin}/loader.html?section=world`);
	const embed = page.frameLocator('iframe');
	await expectHydrated(embed);
	await embed.locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	await expect(page).toHaveURL(
		/\/loader\.html\?section=world&sourceline-event=zelenskyy-meets-trump$/
	);

	// The same address, opened afresh (a reader sharing the link), opens the embed there.
	const shared = page.url();
	await page.goto('about:blank');
	await page.goto(shared);
	const again = page.frameLocator('iframe');
	await expect(again.locator('.mark[data-event-id="zelenskyy-meets-trump"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(
		again.getByRole('heading', { name: 'Zelenskyy meets Trump on minerals deal' })
	).toBeVisible();
	await expectFitted(page.locator('iframe'));

	// Closing the event takes it out of the address.
	await again.getByRole('button', { name: 'Close the source panel' }).click();
	await expect(page).toHaveURL(/\/loader\.html\?section=world$/);

	// A fragment works as well as a query parameter.
	await page.goto(`${host.origin}/loader.html#sourceline-event=starmer-remarks-on-plane`);
	await expect(
		page.frameLocator('iframe').getByRole('heading', { name: /come again/ })
	).toBeVisible();
});

test('the loader ignores messages from other origins', async ({ page }) => {
	await page.goto(`${host.origin}/loader.html`);
	const iframe = page.locator('iframe[title^="Timeline"]');
	await expect(iframe.contentFrame().locator('.mark')).toHaveCount(11);
	await expectFitted(iframe);
	const height = await frameHeight(iframe);

	// 1. Another frame on the page, on the host's origin, forges the embed's messages.
	await page.evaluate((src) => {
		const evil = document.createElement('iframe');
		evil.src = src;
		document.body.append(evil);
	}, `${host.origin}/evil.html`);
	await expect.poll(() => forgeriesSeen(page)).toBe(1);

	// 2. The embed's own frame, navigated to another origin, forges them from inside.
	await iframe.evaluate(
		(element: HTMLIFrameElement, src) => (element.src = src),
		`${host.origin}/evil.html`
	);
	await expect.poll(() => forgeriesSeen(page)).toBe(2);

	// The loader saw both sets of forgeries (the page's own listener did) and acted on neither.
	expect(await frameHeight(iframe)).toBe(height);
	await expect(page).not.toHaveURL(/sourceline-event/);
});

/** How many forgeries the host page has received: its own listener counts every message. */
function forgeriesSeen(page: import('@playwright/test').Page): Promise<number> {
	return page.evaluate(
		() =>
			(window as unknown as { received: { data: { type?: string } }[] }).received.filter(
				(m) => m.data?.type === 'forgery-sent'
			).length
	);
}

// Issue 10, case 5: without `xdomain`, pym.Parent takes a height from any frame on the page.
test('pym.js with xdomain takes no height from another origin’s frame', async ({ page }) => {
	await page.goto(`${host.origin}/pym.html`);
	const iframe = page.locator('#sourceline-pym iframe');
	await expect(iframe.contentFrame().locator('.mark')).toHaveCount(11);
	await expectFitted(iframe);
	const height = await frameHeight(iframe);
	await page.evaluate((src) => {
		const evil = document.createElement('iframe');
		evil.src = src;
		document.body.append(evil);
	}, `${host.origin}/evil.html`);
	await expect.poll(() => forgeriesSeen(page)).toBe(1);
	expect(await frameHeight(iframe)).toBe(height);
});
