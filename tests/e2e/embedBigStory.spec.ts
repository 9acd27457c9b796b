import { expect, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';
import { generateStory } from '../bench/stories.js';

// A big story from elsewhere (/embed?src=) is fetched, parsed and checked in a Web Worker,
// with a progress bar, under the built site's Content-Security-Policy.

const COUNT = 2000;
/** The generator's title for a story of COUNT events. */
const TITLE = 'A year of news in 2,000 events';
let host: HostServer;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	host = await startHostServer(testInfo.project.use.baseURL!);
});

test.afterAll(async () => {
	await host.close();
});

test('a big story loads in a worker, with its progress shown', async ({ page }) => {
	test.setTimeout(120_000);
	const body = Buffer.from(JSON.stringify(generateStory(COUNT).story));
	let release = () => {};
	const rest = new Promise<void>((done) => (release = done));
	host.set('/data/big.json', {
		headers: {
			...CORS,
			'content-type': 'application/json',
			'content-length': String(body.byteLength)
		},
		body,
		partial: { bytes: Math.floor(body.byteLength / 2), until: rest }
	});
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));

	await page.goto(`/embed?src=${encodeURIComponent(`${host.origin}/data/big.json`)}`);
	const bar = page.getByRole('progressbar', { name: 'Loading the story' });
	await expect(page.getByRole('status')).toHaveText('Loading the story…');
	// Half the file is in: the bar says so, in figures and in words.
	await expect.poll(() => bar.evaluate((e: HTMLProgressElement) => e.position)).toBeCloseTo(0.5, 1);
	await expect(bar).toHaveAttribute('aria-valuetext', /^0\.9 MB of 1\.7 MB$/);
	expect(workers).toEqual([
		expect.stringMatching(/\/_app\/immutable\/islands\/remoteEmbed\/workers\/storyWorker-.*\.js$/)
	]);
	expect(new URL(workers[0]!).origin).toBe(new URL(page.url()).origin);

	release();
	// Checking takes a while on a slow machine; the page stays responsive meanwhile.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE, { timeout: 60_000 });
	await expect(
		page.getByLabel(`Timeline of ${TITLE}: ${COUNT.toLocaleString('en-GB')} events`)
	).toBeVisible();
	await expect(bar).toHaveCount(0);
});
