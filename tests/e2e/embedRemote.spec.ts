import type { Page } from '@playwright/test';
import { expect, screenshot, storyId, test } from './fixtures';
import { allowConsoleErrors } from './embedHelpers';
import { CORS, startHostServer, type HostServer } from './hostServer';

// /embed?src=<URL>: a story published on another origin, loaded and checked in the browser.

interface Story {
	title: string;
	summary: string;
	sources: { publisher: string; title: string | null; text: string; url?: string }[];
	events: {
		id: string;
		title: string;
		summary: string;
		kind: string;
		actors: string[];
		place: { name: string };
		when: { note?: string };
	}[];
}

let host: HostServer;
let published: Story;

const json = (body: unknown, status = 200) => ({
	status,
	headers: { ...CORS, 'content-type': 'application/json' },
	body: JSON.stringify(body)
});

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	published = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
	host.set('/data/story.json', json(published));
	host.set('/data/page.html', {
		headers: { ...CORS, 'content-type': 'text/html' },
		body: '<!doctype html><title>Not a story</title><p>Hello</p>'
	});
	host.set('/data/no-cors.json', { body: JSON.stringify(published) });
});

test.afterAll(async () => {
	await host.close();
});

function embedOf(path: string): string {
	return `/embed?src=${encodeURIComponent(`${host.origin}${path}`)}`;
}

/** The same story with `change` applied, served at `path`. */
function serveChanged(path: string, change: (story: Story) => void): void {
	const story = structuredClone(published);
	change(story);
	host.set(path, json(story));
}

async function expectProblem(page: Page, message: RegExp | string): Promise<void> {
	const problem = page.getByRole('alert');
	await expect(problem.getByRole('heading')).toHaveText('This timeline could not be shown');
	await expect(problem).toContainText(message);
	// Never a blank frame: the message and the credit line are there.
	await expect(page.getByText('Timeline by Sourceline')).toBeVisible();
}

test('a story from another origin draws, with a loading state first', async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	host.set('/data/slow.json', { ...json(published), hold: held });

	await page.goto(embedOf('/data/slow.json'));
	await expect(page.getByRole('status')).toHaveText('Loading the story…');
	await screenshot(page, 'embed-remote-loading');
	release();
	await expect(page.locator('.mark')).toHaveCount(published.events.length);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title);
	await expect(
		page.getByRole('link', { name: host.origin.replace('http://', '') })
	).toHaveAttribute('href', `${host.origin}/data/slow.json`);
	await page.locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	await expect(page.locator('mark.passage')).toContainText('face-to-face with Trump this Friday');
	await screenshot(page, 'embed-remote-story');
});

test('the story is fetched while the embed’s own script is still on its way', async ({ page }) => {
	host.set('/data/early.json', json(published));
	const fetched = () => host.requests.some((request) => request.path === '/data/early.json');
	// The embed's entry (not its first script) is held until the story has been asked for,
	// for 5 seconds at most: a story fetched only once the entry runs would wait that long.
	let fetchedWhileHeld = false;
	await page.route(/\/islands\/remoteEmbed\/remoteEmbed-(?!start-)[\w-]+\.js$/, async (route) => {
		const until = Date.now() + 5000;
		while (!fetched() && Date.now() < until) await new Promise((done) => setTimeout(done, 20));
		fetchedWhileHeld = fetched();
		await route.continue();
	});
	await page.goto(embedOf('/data/early.json'));
	await expect(page.locator('.mark')).toHaveCount(published.events.length);
	expect(fetchedWhileHeld, 'the story was fetched before the entry arrived').toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title);
});

test('a missing file: the status is named', async ({ page, consoleErrors }) => {
	await page.goto(embedOf('/data/missing.json'));
	await expectProblem(page, /answered 404 Not Found: there is no story at that address/);
	await screenshot(page, 'embed-remote-404');
	allowConsoleErrors(consoleErrors, /Failed to load resource.*404/);
});

test('a file that is not JSON', async ({ page }) => {
	await page.goto(embedOf('/data/page.html'));
	await expectProblem(
		page,
		/The file is not JSON \(.+\), nor a TimelineJS spreadsheet published as CSV, so it is no story\./
	);
});

test('a site that does not allow cross-origin reads', async ({ page, consoleErrors }) => {
	await page.goto(embedOf('/data/no-cors.json'));
	await expectProblem(page, /does not let other sites read the file/);
	allowConsoleErrors(consoleErrors, /CORS policy/, /Failed to load resource/);
});

test('an invalid story: each problem names its field and event', async ({ page }) => {
	serveChanged('/data/invalid.json', (story) => {
		story.events[2]!.kind = 'party';
		story.sources[0]!.url = 'javascript:alert(document.domain)';
	});
	await page.goto(embedOf('/data/invalid.json'));
	await expectProblem(page, 'The story file has 2 problems:');
	const issues = page.getByRole('alert').getByRole('listitem');
	await expect(issues).toHaveText([
		'field sources[0].url: "javascript:alert(document.domain)" is not an http(s) URL',
		`event ${published.events[2]!.id}, field events[2].kind: Expected one of "meeting", "statement", "travel", "announcement", "visit", "other"; got "party"`
	]);
	await screenshot(page, 'embed-remote-invalid');
});

test('lang=fr: the same problems, each in French', async ({ page }) => {
	serveChanged('/data/invalid-fr.json', (story) => {
		story.events[2]!.kind = 'party';
		story.sources[0]!.url = 'javascript:alert(document.domain)';
	});
	await page.goto(`${embedOf('/data/invalid-fr.json')}&lang=fr`);
	const problem = page.getByRole('alert');
	await expect(problem.getByRole('heading')).toHaveText('Impossible d’afficher cette frise');
	await expect(problem.getByRole('listitem')).toHaveText([
		'champ sources[0].url : "javascript:alert(document.domain)" n’est pas une URL http(s)',
		`événement ${published.events[2]!.id}, champ events[2].kind : Attendu : une valeur parmi "meeting", "statement", "travel", "announcement", "visit", "other" ; reçu : "party"`
	]);
	await screenshot(page, 'embed-remote-invalid-fr');
});

/** A TimelineJS file with a problem in a date, a headline, an interval and an era. */
const BROKEN_TIMELINE = {
	title: { text: { headline: 'A broken timeline' } },
	events: [
		{ start_date: { year: 2000, month: 13 }, text: { headline: 'Month' } },
		{ start_date: { year: 2001 }, text: { headline: 7 } },
		{ start_date: { year: 2003 }, end_date: { year: 2002 }, text: { headline: 'End' } }
	],
	eras: [{ start_date: { year: 2000 }, text: { headline: 'Era' } }]
};

test('a broken TimelineJS file: each problem names its slide and field', async ({ page }) => {
	host.set('/data/timeline.json', json(BROKEN_TIMELINE));
	await page.goto(embedOf('/data/timeline.json'));
	await expectProblem(page, 'The story file has 4 problems:');
	await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
		'field events[0] (“Month”) › start_date.month: 13 is not a month (1–12)',
		'field events[1] › text.headline: Expected a string, got a number',
		'field events[2] (“End”) › end_date: The end (2002) comes before the start (2003)',
		'field eras[0] (“Era”) › end_date: An era needs an end date'
	]);
});

test('lang=fr: a broken TimelineJS file’s problems, each in French', async ({ page }) => {
	host.set('/data/timeline-fr.json', json(BROKEN_TIMELINE));
	await page.goto(`${embedOf('/data/timeline-fr.json')}&lang=fr`);
	const problem = page.getByRole('alert');
	await expect(problem.getByRole('heading')).toHaveText('Impossible d’afficher cette frise');
	await expect(problem.getByRole('listitem')).toHaveText([
		'champ events[0] (“Month”) › start_date.month : 13 n’est pas un mois (1–12)',
		'champ events[1] › text.headline : Attendu : une chaîne de caractères ; reçu : un nombre',
		'champ events[2] (“End”) › end_date : La fin (2002) précède le début (2003)',
		'champ eras[0] (“Era”) › end_date : Une période doit avoir une date de fin'
	]);
	await screenshot(page, 'embed-remote-timelinejs-fr');
});

test('a story over the size cap', async ({ page }) => {
	// Declared past the cap: refused on its headers, before the body is read.
	const body = Buffer.alloc(100 * 1024 * 1024 + 1, 0x20);
	host.set('/data/huge.json', {
		headers: {
			...CORS,
			'content-type': 'application/json',
			'content-length': String(body.byteLength)
		},
		body
	});
	await page.goto(embedOf('/data/huge.json'));
	await expectProblem(
		page,
		'The story file is too large: it is over 100 MB, the most an embed loads.'
	);
});

test('no story address at all', async ({ page }) => {
	await page.goto('/embed');
	await expectProblem(page, /No story to show: add \?src=/);
});

test('script and HTML in a story are shown as text and never run', async ({ page }) => {
	const payloads = {
		title: `<img src=x onerror="window.pwned='title'">`,
		summary: `<script>window.pwned='summary'</script>`,
		eventTitle: `"><svg onload="window.pwned='event'"></svg>`,
		eventSummary: `<iframe src="javascript:parent.pwned='iframe'"></iframe>`,
		actor: `<a href="javascript:window.pwned='actor'">Actor</a>`,
		place: `{@html '<b>bold</b>'}`,
		publisher: `<style>body{display:none}</style>`,
		text: `<img src=y onerror="window.pwned='text'"> closing words.`
	};
	serveChanged('/data/hostile.json', (story) => {
		story.title = payloads.title;
		story.summary = payloads.summary;
		const event = story.events.find((e) => e.id === 'zelenskyy-meets-trump')!;
		event.title = payloads.eventTitle;
		event.summary = payloads.eventSummary;
		event.actors = [payloads.actor];
		event.place.name = payloads.place;
		story.sources[0]!.publisher = payloads.publisher;
		story.sources[0]!.text += `\n${payloads.text}`;
	});
	page.on('dialog', (dialog) => {
		throw new Error(`a script ran and opened a dialog: ${dialog.message()}`);
	});

	await page.goto(embedOf('/data/hostile.json'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(payloads.title);
	await expect(page.getByText(payloads.summary)).toBeVisible();
	await page.locator('.mark[data-event-id="zelenskyy-meets-trump"]').click();
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(payloads.eventTitle);
	await expect(panel.getByText(payloads.eventSummary)).toBeVisible();
	await expect(panel.getByText(payloads.actor)).toBeVisible();
	await expect(panel.getByText(payloads.place)).toBeVisible();
	await expect(panel.getByText(payloads.publisher)).toBeVisible();
	await screenshot(page, 'embed-remote-hostile');

	// Nothing of the payloads became an element, and none of them ran.
	const injected = await page.evaluate(() => ({
		pwned: (window as { pwned?: string }).pwned ?? null,
		elements: document.querySelectorAll(
			'main img, .embed img, .embed svg[onload], .embed iframe, .embed style, .embed script, [onerror], [onload]'
		).length
	}));
	expect(injected).toEqual({ pwned: null, elements: 0 });
});
