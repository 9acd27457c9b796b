import type { Page, Request } from '@playwright/test';
import { expect, gotoInteractive, screenshot, storyId, test } from './fixtures';
import { allowConsoleErrors } from './embedHelpers';
import { CORS, startHostServer } from './hostServer';

// Video, audio and maps load only on request: an event's player is a poster of the story's own
// words until the reader presses Play, and then a sandboxed frame of the provider's player,
// under the site's frame-src. The machine reaches no provider: their players are stood in for.

/** Any provider's host (players, thumbnails, their scripts), on any subdomain. */
const PROVIDERS =
	/^https?:\/\/([^/]+\.)?(youtube(-nocookie)?\.com|youtu\.be|ytimg\.com|googlevideo\.com|vimeo(cdn)?\.com|soundcloud\.com|sndcdn\.com|openstreetmap\.org)\//;
const VIDEO_EVENT = 'and-the-women-who-made-it-work';
const PLAYER = 'https://www.youtube-nocookie.com/embed/aPweFhhXFvY?autoplay=1';

/** Every request to a provider, and every CSP violation the page reports, from the start. */
async function watch(
	page: Page
): Promise<{ requests: string[]; violations: () => Promise<string[]> }> {
	const requests: string[] = [];
	page.on('request', (request: Request) => {
		if (PROVIDERS.test(request.url())) requests.push(request.url());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	// A stand-in for the provider's player: a page of its own, on its own origin.
	await page.route(PROVIDERS, (route) =>
		route.fulfill({
			status: 200,
			contentType: 'text/html; charset=utf-8',
			body: '<!doctype html><title>Player</title><p>The provider’s player</p>'
		})
	);
	return {
		requests,
		violations: () =>
			page.evaluate(() => (window as unknown as { violations: string[] }).violations)
	};
}

for (const [where, path] of [
	['story page', `/stories/women-in-computing?event=${VIDEO_EVENT}`],
	['embed', `/embed/women-in-computing?event=${VIDEO_EVENT}`]
] as const) {
	test(`on the ${where}, a video is a poster until Play, then the nocookie player`, async ({
		page
	}) => {
		const { requests, violations } = await watch(page);
		await gotoInteractive(page, path);
		const details = page.locator(`[data-selected-event="${VIDEO_EVENT}"]`);
		const play = details.getByRole('button', { name: 'Play video' });
		await expect(play).toBeVisible();
		const poster = details.getByRole('figure');
		await expect(poster).toContainText('YouTube');
		await expect(poster).toContainText('Jean Bartik talks about the ENIAC women');
		await expect(poster).toContainText('Computer History Museum');
		await expect(details.locator('iframe')).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		if (where === 'story page') await screenshot(page, 'media-poster');
		await poster.screenshot({
			path: `test-results/screenshots/media-poster-${where.replace(' ', '-')}.png`
		});
		expect(requests, 'requests to a provider before Play').toEqual([]);

		await play.click();
		const frame = details.locator('iframe');
		await expect(frame).toHaveAttribute('src', PLAYER);
		await expect(frame).toHaveAttribute(
			'sandbox',
			'allow-scripts allow-same-origin allow-presentation'
		);
		await expect(frame).toHaveAttribute(
			'title',
			'YouTube: Jean Bartik talks about the ENIAC women'
		);
		await expect(
			page
				.frameLocator(`[data-selected-event="${VIDEO_EVENT}"] iframe`)
				.getByText('The provider’s player')
		).toBeVisible();
		// Focus is in the player that took the button's place.
		await expect(frame).toBeFocused();
		expect(requests).toEqual([PLAYER]);
		expect(await violations()).toEqual([]);
		if (where === 'story page') await screenshot(page, 'media-playing');
	});
}

test('a frame from any other host is refused by the policy', async ({ page, consoleErrors }) => {
	const { violations } = await watch(page);
	await gotoInteractive(page, '/stories/women-in-computing');
	await page.evaluate(() => {
		const frame = document.createElement('iframe');
		frame.src = 'https://player.example/embed/1';
		document.body.append(frame);
	});
	await expect.poll(violations).toEqual(['frame-src https://player.example']);
	// The browser also logs the refusal: expected here, and only it (Chromium's words, Firefox's).
	allowConsoleErrors(
		consoleErrors,
		/^Framing 'https:\/\/player\.example\/' violates the following Content Security Policy directive: "frame-src /,
		/^The page’s settings blocked the loading of a resource \(frame-src\) at https:\/\/player\.example\/embed\/1 /
	);
});

test('a story from elsewhere with a video on a look-alike host is refused, naming the field', async ({
	page
}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	const story = await (await fetch(`${site}/stories/${storyId}.json`)).json();
	story.events[0].media = {
		kind: 'video',
		url: 'https://www.youtube.com.evil.example/watch?v=aPweFhhXFvY',
		caption: 'Not YouTube'
	};
	const host = await startHostServer(site);
	try {
		host.set('/video.json', {
			headers: { ...CORS, 'content-type': 'application/json' },
			body: JSON.stringify(story)
		});
		const { requests } = await watch(page);
		await page.goto(`/embed?src=${encodeURIComponent(`${host.origin}/video.json`)}`);
		const problem = page.getByRole('alert');
		await expect(problem.getByRole('listitem')).toHaveText(
			`event ${story.events[0].id}, field events[0].media.url: "video" media plays only from YouTube or Vimeo: use "link" for other addresses`,
			{ timeout: 10_000 }
		);
		expect(requests).toEqual([]);
	} finally {
		await host.close();
	}
});
