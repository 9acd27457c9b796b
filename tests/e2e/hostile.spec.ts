import type { Page } from '@playwright/test';
import { loaderSnippet } from '../../src/lib/embed/host/snippets';
import { expect, notInFirefox, storyId, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// Stories and host pages written to break the embed: each ends in a drawn story or a named
// problem, within seconds.

type Story = Record<string, unknown> & { events: Record<string, unknown>[] };

let host: HostServer;
let published: Story;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	published = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
});

test.afterAll(async () => {
	await host.close();
});

/** Serves the published story with `change` applied at `path`; its embed's address. */
function serve(path: string, change: (story: Story) => void): string {
	const story = structuredClone(published);
	change(story);
	host.set(path, {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: JSON.stringify(story)
	});
	return `/embed?src=${encodeURIComponent(`${host.origin}${path}`)}`;
}

async function expectProblem(page: Page, message: RegExp | string): Promise<void> {
	const problem = page.getByRole('alert');
	await expect(problem.getByRole('heading')).toHaveText('This timeline could not be shown', {
		timeout: 10_000
	});
	await expect(problem).toContainText(message);
}

test('an unknown field nested 2,000 objects deep is named, not left checking', async ({ page }) => {
	let deep: unknown = 1;
	for (let i = 0; i < 2000; i++) deep = { a: deep };
	await page.goto(
		serve('/deep.json', (story) => {
			story.events[0]!.extra = deep;
		})
	);
	await expectProblem(page, /events\[0\]\.extra\.a\.a.*Nested more than 32 levels deep/);
});

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('long unbroken words wrap at 320 px: no sideways scroll, the plot as wide as the frame', async ({
	page
}) => {
	const url = `https://news.example.com/${'a'.repeat(136)}`;
	const word = 'x'.repeat(300);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(
		serve('/long-words.json', (story) => {
			story.title = word;
			story.summary = `${word} ${url}`;
			const [first, second] = story.events;
			first!.title = `Read ${url}`;
			first!.summary = word;
			first!.actors = [word];
			second!.title = word;
			(first!.place as { name: string }).name = word;
		})
	);
	await expect(page.locator('.mark')).toHaveCount(published.events.length);
	const plot = page.locator('[data-sourceline-plot]');
	expect((await plot.boundingBox())!.width).toBeLessThanOrEqual(320);
	expect(await sideways(page)).toBe(0);
	await page.locator(`.mark[data-event-id="${published.events[0]!.id as string}"]`).click();
	await expect(page.getByRole('heading', { name: `Read ${url}` })).toBeVisible();
	expect(await sideways(page)).toBe(0);
	await page.screenshot({
		path: 'test-results/screenshots/hostile-long-words.png',
		fullPage: true
	});
});

test('/draft at 320 px: an article with a long address proposes without sideways scroll', async ({
	page
}) => {
	const url = `https://news.example.com/${'a'.repeat(136)}`;
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/draft');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page
		.getByLabel(/^Article text/)
		.fill(`The minister posted ${url} on Tuesday.\n\n${'y'.repeat(300)} said so on Monday.`);
	await page.getByLabel('Published (ISO date or date-time)').fill('2025-02-27');
	await page.getByLabel('Time zone of the publication').fill('Europe/London');
	await page.getByLabel('Publisher').fill('x'.repeat(200));
	await page.getByRole('button', { name: 'Find dates and propose events' }).click();
	await expect(page.locator('[data-proposal]').filter({ hasText: url }).first()).toBeVisible();
	expect(await sideways(page)).toBe(0);
	// Its proposals fit the story format: a title and an id within their limits.
	await expect(page.getByText(/Too long/)).toHaveCount(0);
	await page.screenshot({
		path: 'test-results/screenshots/hostile-draft-long-words.png',
		fullPage: true
	});
});

test('a story’s links open in a tab of their own, never in the host’s frame or page', async ({
	browserName,
	page,
	baseURL
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	const trap = `${host.origin}/login.html`;
	host.set('/login.html', {
		headers: { 'content-type': 'text/html' },
		body: '<title>Log in</title>'
	});
	const [first] = published.events;
	const src = serve('/links.json', (story) => {
		(story.sources as { url?: string }[])[0]!.url = trap;
		story.events[0]!.media = { kind: 'link', url: `${trap}?more`, caption: 'Read more' };
	});
	// pym.js without `xdomain`: the host page would follow a navigation any frame asks for.
	host.page(
		'/pym-links.html',
		`<div id="sourceline-pym"></div>
		<script src="/pym.v1.min.js"></script>
		<script>new pym.Parent('sourceline-pym', '{{SITE}}${src}', { title: 'Timeline' });</script>`
	);
	await page.goto(`${host.origin}/pym-links.html`);
	const embed = page.frameLocator('#sourceline-pym iframe');
	await embed.locator(`.mark[data-event-id="${first!.id as string}"]`).click();
	for (const name of ['Read more', 'Original article']) {
		const link = embed.getByRole('link', { name });
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', /\bnoopener\b.*\bnoreferrer\b/);
		const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
		await expect(popup).toHaveTitle('Log in');
		await popup.close();
	}
	expect(page.url()).toBe(`${host.origin}/pym-links.html`);
	const frame = page.frames().find((candidate) => candidate.url().startsWith(baseURL!));
	// Still the embed, with the parameters pym.js adds.
	expect(frame?.url().startsWith(`${baseURL}${src}&`)).toBe(true);
});

/** The loader's placeholder with deep links, for the built story. */
const placeholder = (site: string) =>
	loaderSnippet({ origin: site, storyId, storyTitle: 'Starmer’s week in Washington' }, true);

test('the host’s own HTML cannot clobber the loader’s globals', async ({
	browserName,
	page,
	baseURL
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	// Named elements shadow document.currentScript, document.querySelectorAll and a global
	// of the loader's; before, the first framed the image's site and the last stopped every embed.
	host.page(
		'/clobbered.html',
		`<img name="currentScript" alt=""><img name="querySelectorAll" alt="">
		<form id="SourcelineEmbeds"></form><div id="addEventListener"></div>
		${placeholder(baseURL!)}`
	);
	await page.goto(`${host.origin}/clobbered.html`);
	const iframe = page.locator('[data-sourceline-story] iframe');
	await expect(iframe).toHaveAttribute('src', `${baseURL}/embed/${storyId}`);
	const embed = page.frameLocator('[data-sourceline-story] iframe');
	await embed.locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	// The loader hears the frame: the address follows the event.
	await expect(page).toHaveURL(/\?sourceline-event=zelenskyy-meets-trump$/);
});

test('a host’s router hash stays as written when the address follows the event', async ({
	browserName,
	page,
	baseURL
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	host.page('/router.html', placeholder(baseURL!));
	await page.goto(`${host.origin}/router.html?q=a+b%20c#!/route?a=1`);
	await page.frameLocator('iframe').locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	await expect(page).toHaveURL(
		`${host.origin}/router.html?q=a+b%20c&sourceline-event=zelenskyy-meets-trump#!/route?a=1`
	);
});

test('in an about:srcdoc host, selecting an event throws nothing', async ({
	browserName,
	page,
	baseURL
}) => {
	notInFirefox('cross-origin frame clicks', browserName);
	const inner = `<script>addEventListener('error', (e) => console.error('uncaught: ' + e.message));</script>${placeholder(baseURL!)}`;
	host.page(
		'/srcdoc.html',
		`<iframe title="A widget" style="width:100%;height:900px;border:0" srcdoc="${inner.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`
	);
	const warnings: string[] = [];
	page.on('console', (message) => warnings.push(message.text()));
	await page.goto(`${host.origin}/srcdoc.html`);
	const embed = page.frameLocator('iframe[title="A widget"]').frameLocator('iframe');
	const meeting = embed.locator('.mark[data-event-id="zelenskyy-meets-trump"]');
	await meeting.click();
	await expect(meeting).toHaveAttribute('aria-pressed', 'true');
	await embed.getByRole('button', { name: 'Close the source panel' }).click();
	await expect(meeting).toHaveAttribute('aria-pressed', 'false');
	expect(warnings.filter((text) => /uncaught|replaceState/.test(text))).toEqual([]);
});
