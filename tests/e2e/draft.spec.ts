import { readFile } from 'node:fs/promises';
import type { Page, Response } from '@playwright/test';
import { loadStory } from '../../src/lib/story/loadStory';
import type { StoryInput } from '../../src/lib/story/storyInput';
import { expectNoAxeViolations } from './a11y';
import {
	downloadOf,
	expect,
	gotoInteractive,
	notInFirefox,
	screenshot,
	storyPath,
	test
} from './fixtures';
import { CORS, startHostServer } from './hostServer';

// /draft: an editor pastes an article, decides on the proposals and downloads a story file.

const articlePath = 'src/data/stories/starmer-washington-week/huffpost-uk-starmer-washington.txt';
/** A string chrono-node's English parser carries; no other code in the site has it. */
const CHRONO_SIGNATURE = 'parser/ENTimeExpressionParser';

const proposal = (page: Page, words: string) =>
	page.locator('[data-proposal]').filter({ hasText: words });

async function pasteArticle(page: Page): Promise<string> {
	const article = await readFile(articlePath, 'utf8');
	await gotoInteractive(page, '/draft');
	await page.getByLabel(/^Article text/).fill(article);
	await page.getByLabel('Published (ISO date or date-time)').fill('2025-02-27');
	await page.getByLabel('Time zone of the publication').fill('Europe/London');
	await page.getByLabel('Publisher').fill('HuffPost UK');
	await page.getByRole('button', { name: 'Find dates and propose events' }).click();
	return article;
}

/** Every JavaScript file a page loads, with its text. */
async function scriptsOf(page: Page, path: string): Promise<string[]> {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		// A redirect has no body; the script it leads to is a response of its own.
		if (response.url().endsWith('.js') && response.status() < 300) bodies.push(response.text());
	});
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	return Promise.all(bodies);
}

test('paste an article, accept two, merge two, download: the file validates and embeds', async ({
	browserName,
	page
}, testInfo) => {
	notInFirefox('downloads', browserName);
	await page.setViewportSize({ width: 1280, height: 900 });
	const article = await pasteArticle(page);

	// Every date expression is marked in the article, its words as written.
	const marks = page.locator('.article mark');
	await expect(marks.filter({ hasText: /^earlier this week$/ })).toHaveCount(2);
	for (const words of ['this Friday', 'on Sunday', 'by 2027']) {
		await expect(marks.filter({ hasText: new RegExp(`^${words}$`) })).toHaveCount(1);
	}
	// The live timeline shows the dated proposals.
	await expect(page.locator('.mark')).toHaveCount(5);

	const macron = proposal(page, 'Macron made a similar journey');
	await macron.getByRole('button', { name: /^Accept/ }).click();
	await macron.getByLabel('Title').fill('Macron visits the White House');
	await macron.getByLabel('Title').press('Tab');
	await expect(macron.getByRole('heading')).toHaveText('Macron visits the White House');
	const friday = proposal(page, 'face-to-face with Trump this Friday');
	await friday.getByRole('button', { name: /^Accept/ }).click();
	await expect(friday.getByRole('button', { name: /^Accept/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Friday's proposal and the next (Sunday's) become one event quoting both sentences.
	await friday.getByRole('button', { name: /^Merge with next/ }).click();
	const merged = proposal(page, 'face-to-face with Trump this Friday');
	await expect(merged.locator('blockquote')).toHaveCount(2);
	await expect(merged.getByRole('button', { name: /^Split/ })).toBeVisible();
	await expectNoAxeViolations(page);
	await screenshot(page, 'draft-page');
	await page.getByRole('heading', { name: 'Timeline of the proposals' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/screenshots/draft-page-top.png' });

	await page.getByLabel(/^Story id/).fill('starmer-draft');
	await page.getByLabel('Story title').fill('Starmer’s week, drafted');
	const download = await downloadOf(page, () =>
		page.getByRole('button', { name: 'Download story file' }).click()
	);
	expect(download.suggestedFilename()).toBe('starmer-draft.json');
	const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;

	const loaded = loadStory(file, 'starmer-draft.json');
	expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.issues)).toBe(true);
	if (!loaded.ok) return;
	expect(
		loaded.story.events.map((event) => [event.title, event.when.text, event.when.start])
	).toEqual([
		['Macron visits the White House', 'earlier this week', '2025-02-24'],
		['Zelenskyy is set for his own face-to-face with Trump', 'this Friday', '2025-02-28']
	]);
	for (const event of loaded.story.events) {
		for (const excerpt of event.excerpts) expect(article).toContain(excerpt.exact);
	}
	expect(loaded.story.events[1]!.excerpts).toHaveLength(2);

	// Work in progress survives a reload.
	await page.reload();
	await expect(
		proposal(page, 'face-to-face with Trump this Friday').locator('blockquote')
	).toHaveCount(2);
	await expect(
		proposal(page, 'Macron made a similar journey').getByRole('button', { name: /^Accept/ })
	).toHaveAttribute('aria-pressed', 'true');

	// The downloaded file renders in the embed, fetched from another origin.
	const host = await startHostServer(testInfo.project.use.baseURL!);
	try {
		host.set('/data/draft.json', {
			headers: { ...CORS, 'content-type': 'application/json' },
			body: JSON.stringify(file)
		});
		await page.goto(`/embed?src=${encodeURIComponent(`${host.origin}/data/draft.json`)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Starmer’s week, drafted');
		await expect(page.locator('.mark')).toHaveCount(2);
		await screenshot(page, 'draft-embedded');
	} finally {
		await host.close();
	}
});

test('retitle and accept every proposal at once: the count shown is the count downloaded', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await page.setViewportSize({ width: 1280, height: 900 });
	const article = await pasteArticle(page);
	const cards = page.locator('[data-proposal]');
	const total = await cards.count();
	expect(total).toBeGreaterThan(10);
	for (let i = 0; i < total; i++) {
		const card = cards.nth(i);
		const title = card.getByLabel('Title');
		// A short title typed over the default one, and Accept clicked straight after.
		if (await title.count()) await title.fill(`Event ${i + 1}`);
		await card.getByRole('button', { name: /^Accept/ }).click();
		await expect(card.getByRole('button', { name: /^Accept/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	}
	const counts = page.locator('[data-accepted]');
	const shown = Number(await counts.getAttribute('data-accepted'));
	await expect(counts).toContainText(`The file will hold ${shown} accepted events`);
	// The headline and summary are proposed from the article, not made up.
	await expect(page.getByLabel('Headline of the article')).toHaveValue(article.split('\n')[0]!);
	await expect(page.getByLabel('Story summary')).not.toHaveValue('');

	await page.getByLabel(/^Story id/).fill('every-proposal');
	const downloading = await downloadOf(page, () =>
		page.getByRole('button', { name: 'Download story file' }).click()
	);
	const file = JSON.parse(await readFile((await downloading.path())!, 'utf8')) as StoryInput;
	expect(file.events).toHaveLength(shown);
	expect(file.events.every((event) => /^Event \d+$/.test(event.title))).toBe(true);
	expect(file.sources[0]!.title).toBe(article.split('\n')[0]);
	expect(new Set(file.events.map((event) => event.kind)).size).toBeGreaterThan(1);
	const loaded = loadStory(file, 'every-proposal.json');
	expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.issues)).toBe(true);
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
		`Downloaded every-proposal.json: ${shown} events.`
	);
});

test('the home page leads to the drafting tool', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Draft a story from it' }).click();
	await expect(page).toHaveURL(/\/draft$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draft a story from an article');
});

test('a date the article does not give stays unplaced, with the reason', async ({ page }) => {
	await gotoInteractive(page, '/draft');
	await page
		.getByLabel(/^Article text/)
		.fill('The minister resigned at 3pm on a wet afternoon. Talks resume in the spring.');
	await page.getByLabel('Published (ISO date or date-time)').fill('2025-02-27');
	await page.getByRole('button', { name: 'Find dates and propose events' }).click();
	const spring = proposal(page, 'Talks resume in the spring');
	await expect(
		spring.getByText(/Not placed\. “in the spring”: .*nothing says whether/)
	).toBeVisible();
	await expect(spring.getByText('No date')).toBeVisible();
});

test('chrono-node loads with /draft only, never with a story page or an embed', async ({
	page
}) => {
	const draft = await scriptsOf(page, '/draft');
	expect(draft.some((body) => body.includes(CHRONO_SIGNATURE))).toBe(true);
	for (const path of [storyPath, '/embed/starmer-washington-week', '/embed']) {
		const scripts = await scriptsOf(page, path);
		expect(scripts.length, path).toBeGreaterThan(0);
		expect(
			scripts.some((body) => body.includes(CHRONO_SIGNATURE)),
			path
		).toBe(false);
	}
});

test('French loads only when it is drafted, and its date words are read by the same rules', async ({
	page
}) => {
	// Strings of the French and German date phrases: no other code in the site has them.
	const [french, german] = ['il y a {n} {u}', 'vor {n} {u}'];
	const bodies: Promise<string>[] = [];
	// A script still arriving when the test ends has no body to read: it counts as none.
	const onResponse = (response: Response) => {
		if (response.url().endsWith('.js') && response.status() < 300) {
			bodies.push(response.text().catch(() => ''));
		}
	};
	page.on('response', onResponse);
	const loaded = async (signature: string) =>
		(await Promise.all(bodies)).some((body) => body.includes(signature));
	await gotoInteractive(page, '/draft');
	await page.waitForLoadState('networkidle');
	expect(await loaded(french), 'French before it is drafted').toBe(false);
	await page
		.getByLabel(/^Article text/)
		.fill('Le maire a démissionné mardi. La semaine dernière, le conseil a voté.');
	await page.getByLabel('Published (ISO date or date-time)').fill('2025-02-28');
	await page.getByLabel('Time zone of the publication').fill('Europe/Paris');
	await page.getByLabel('Language of the article').selectOption('fr');
	await page.getByRole('button', { name: 'Find dates and propose events' }).click();
	const resigned = page.getByRole('article', { name: 'Le maire a démissionné' });
	await expect(resigned).toContainText('“mardi”');
	await expect(resigned).toContainText('Tue 25 Feb 2025');
	// Its title leaves out the date words and the comma after them.
	const voted = page.getByRole('article', { name: 'Le conseil a voté' });
	await expect(voted).toContainText('“La semaine dernière”');
	await expect(voted).toContainText('some day between Mon 17');
	await page.waitForLoadState('networkidle');
	expect(await loaded(french), 'French once drafted').toBe(true);
	expect(await loaded(german), 'German, never chosen').toBe(false);
	page.off('response', onResponse);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on /draft with proposals, ${colorScheme}; screenshots at 320 px and wide`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		for (const width of [320, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await pasteArticle(page);
			await expect(page.locator('[data-proposal]').first()).toBeVisible();
			// A proposal in each state, and one with a problem to report.
			await proposal(page, 'Macron made a similar journey')
				.getByRole('button', { name: /^Accept/ })
				.click();
			await proposal(page, 'face-to-face with Trump this Friday')
				.getByRole('button', { name: /^Reject/ })
				.click();
			await proposal(page, 'Keir Starmer may be on a collision course')
				.getByLabel('Date basis')
				.selectOption('Inferred');
			await expectNoAxeViolations(page);
			// Nothing is wider than the page: no sideways scrolling at 320 px.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
			await screenshot(page, `draft-${colorScheme}-${width}`);
			await page.evaluate(() => localStorage.clear());
		}
	});
}

/** Presses Tab until the focused element's name (label and value) matches, at most `limit` times. */
async function tabTo(page: Page, name: RegExp, limit = 1000): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element) return '';
			const labelled = element.getAttribute('aria-label') ?? '';
			const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? '';
			const value = element instanceof HTMLInputElement ? element.value : '';
			return `${labelled} ${label} ${value} ${element.textContent ?? ''}`
				.replace(/\s+/g, ' ')
				.trim();
		});
		if (name.test(focused)) return;
	}
	throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: draft, accept, merge, rename and download without a pointer', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await page.setViewportSize({ width: 1280, height: 900 });
	const article = await readFile(articlePath, 'utf8');
	await gotoInteractive(page, '/draft');
	await tabTo(page, /^Article text/);
	await page.keyboard.insertText(article);
	await tabTo(page, /^Published/);
	await page.keyboard.type('2025-02-27');
	await tabTo(page, /^Publisher/);
	await page.keyboard.type('HuffPost UK');
	await tabTo(page, /^Find dates and propose events$/);
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-proposal]').first()).toBeVisible();

	await tabTo(page, /^Accept ?“Starmer’s visit comes after his/);
	await page.keyboard.press('Space');
	const macron = proposal(page, 'Macron made a similar journey');
	await expect(macron.getByRole('button', { name: /^Accept/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// The focus ring is drawn where the keyboard is.
	const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(ring).not.toBe('none');

	await tabTo(page, /^Title Zelenskyy is set for his own/);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Zelenskyy to meet Trump');
	await tabTo(page, /^Accept ?“Zelenskyy to meet Trump”/);
	await page.keyboard.press('Enter');
	await tabTo(page, /^Merge with next/);
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('article', { name: 'Zelenskyy to meet Trump' }).locator('blockquote')
	).toHaveCount(2);

	await tabTo(page, /^Story id/);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('keyboard-draft');
	await tabTo(page, /^Download story file$/);
	const download = await downloadOf(page, () => page.keyboard.press('Enter'));
	const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
	const loaded = loadStory(file, 'keyboard-draft.json');
	expect(loaded.ok && loaded.story.events.map((event) => event.title)).toEqual([
		'Starmer’s visit comes after his ally French president Emmanuel',
		'Zelenskyy to meet Trump'
	]);
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
		'Downloaded keyboard-draft.json: 2 events.'
	);
});
