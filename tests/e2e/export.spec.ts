import { readFile, writeFile, mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
	downloadOf,
	expect,
	gotoInteractive,
	notInFirefox,
	storyId,
	storyPath,
	test
} from './fixtures';

// The Export menu: the story page's view as pictures, its events as a calendar and a
// spreadsheet, and its data, each downloaded with real clicks.

async function fileOf(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
	const download = await downloadOf(page, () =>
		page.getByRole('group', { name: 'Export the story' }).getByRole('button', { name }).click()
	);
	const path = await download.path();
	return { file: download.suggestedFilename(), bytes: await readFile(path!) };
}

/** A PNG's size, from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the story page exports its view as PNG and SVG, its events as iCalendar and CSV, and its data', async ({
	browserName,
	page,
	request
}) => {
	notInFirefox('downloads', browserName);
	const story = (await (await request.get(`/stories/${storyId}.json`)).json()) as {
		events: { id: string }[];
	};
	await gotoInteractive(page, storyPath);
	const button = page.getByRole('button', { name: 'Export' });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const menu = page.getByRole('group', { name: 'Export the story' });
	await expect(menu.getByRole('button')).toHaveCount(6);

	const wide = await fileOf(page, 'Image, 1200 × 675 (PNG)');
	expect(wide.file).toBe(`${storyId}-1200x675.png`);
	expect(pngSize(wide.bytes)).toEqual({ width: 2400, height: 1350 });
	await mkdir('test-results/screenshots', { recursive: true });
	await writeFile('test-results/screenshots/export-1200x675.png', wide.bytes);

	const square = await fileOf(page, 'Square image, 1080 × 1080 (PNG)');
	expect(pngSize(square.bytes)).toEqual({ width: 2160, height: 2160 });
	await writeFile('test-results/screenshots/export-1080x1080.png', square.bytes);

	const svg = (await fileOf(page, 'The view as a picture (SVG)')).bytes.toString('utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.nodeName,
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent)
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.texts).toContain('Starmer’s week in Washington');
	expect(parsed.texts).toContain('Timeline by Sourceline');
	expect(parsed.texts).toContain('Sources: HuffPost UK');

	// The calendar holds the events in view, and the line beside the menu says how many.
	const ics = (await fileOf(page, 'Calendar (iCalendar)')).bytes.toString('utf8');
	const lines = ics.replace(/\r\n /g, '').split('\r\n');
	expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(story.events.length);
	await expect(menu.getByRole('status')).toHaveText(
		`Saved ${story.events.length} events to the calendar.`
	);
	const dictator = lines.indexOf(`UID:trump-calls-zelenskyy-dictator@${storyId}.sourceline`);
	expect(dictator).toBeGreaterThan(0);
	expect(lines.slice(dictator, dictator + 4)).toContain('DTSTART;VALUE=DATE:20250219');

	const csv = (await fileOf(page, 'TimelineJS spreadsheet (CSV)')).bytes.toString('utf8');
	expect(csv.split('\r\n')[0]).toBe(
		'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background'
	);

	const json = await fileOf(page, 'Story data (JSON)');
	expect(json.file).toBe(`${storyId}.json`);
	expect((JSON.parse(json.bytes.toString('utf8')) as typeof story).events).toHaveLength(
		story.events.length
	);

	// Escape closes the list, and focus goes back to the button.
	await menu.getByRole('button').first().focus();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(button).toBeFocused();
});

test('a calendar of a zoomed-in view holds the events in view, and says how many of all', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, storyPath);
	const plot = page.locator('[data-sourceline-plot]');
	const start = await plot.getAttribute('data-visible-start');
	await page.getByRole('button', { name: 'Zoom in' }).first().click();
	await page.getByRole('button', { name: 'Zoom in' }).first().click();
	await expect(plot).not.toHaveAttribute('data-visible-start', start!);
	await page.getByRole('button', { name: 'Export' }).click();
	const ics = (await fileOf(page, 'Calendar (iCalendar)')).bytes.toString('utf8');
	const saved = ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
	expect(saved).toBeGreaterThan(0);
	expect(saved).toBeLessThan(11);
	await expect(
		page.getByRole('group', { name: 'Export the story' }).getByRole('status')
	).toHaveText(`Saved ${saved} of 11 events. The calendar holds the events in view.`);
});

test('an embed shows the Export button only where the host asks for it', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, `/embed/${storyId}`);
	await expect(page.locator('.timeline')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);
	await gotoInteractive(page, `/embed/${storyId}?export=1`);
	await page.getByRole('button', { name: 'Export' }).click();
	const { file, bytes } = await fileOf(page, 'Calendar (iCalendar)');
	expect(file).toBe(`${storyId}.ics`);
	expect(bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
	const saved = bytes
		.toString('utf8')
		.split('\r\n')
		.filter((l) => l === 'BEGIN:VEVENT').length;
	await expect(
		page.getByRole('group', { name: 'Export the story' }).getByRole('status')
	).toHaveText(new RegExp(`^Saved ${saved} (events to the calendar|of 11 events)\\.`));
});

test('with a search on, the calendar and the picture hold only the events that match', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, `${storyPath}?q=minerals`);
	const status = page.getByRole('search').locator('.status');
	await expect(status).toHaveText(/^\d+ of 11 events match$/);
	const matching = Number((await status.textContent())!.split(' ')[0]);
	expect(matching).toBeLessThan(11);
	const ids = await page
		.locator('[data-sourceline-plot] .mark')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
	expect(ids).toHaveLength(matching);

	await page.getByRole('button', { name: 'Export' }).click();
	const ics = (await fileOf(page, 'Calendar (iCalendar)')).bytes.toString('utf8');
	const uids = ics
		.replace(/\r\n /g, '')
		.split('\r\n')
		.filter((line) => line.startsWith('UID:'));
	expect(uids).toHaveLength(matching);
	for (const id of ids) expect(uids.some((uid) => uid.includes(id!))).toBe(true);
	await expect(
		page.getByRole('group', { name: 'Export the story' }).getByRole('status')
	).toHaveText(
		`Saved ${matching} of 11 events. The calendar holds the events that match the search.`
	);

	const svg = (await fileOf(page, 'The view as a picture (SVG)')).bytes.toString('utf8');
	expect(svg).toContain(`This view shows ${matching} of the story’s 11 events`);
});

test('lang=ar: the exported picture is laid right to left, as the page is', async ({
	browserName,
	page
}) => {
	notInFirefox('downloads', browserName);
	await gotoInteractive(page, `/embed/${storyId}?export=1&lang=ar`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('.export-button').click();
	const menu = page.locator('.export [role="group"]');
	await expect(menu.getByRole('button')).toHaveCount(6);
	const download = await downloadOf(page, () => menu.getByRole('button').nth(2).click());
	expect(download.suggestedFilename()).toBe(`${storyId}-view.svg`);
	const svg = (await readFile((await download.path())!)).toString('utf8');
	const title = page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const width = Number(doc.documentElement.getAttribute('width'));
		const heading = [...doc.querySelectorAll('text')].find((t) =>
			t.textContent?.includes('Starmer’s week in Washington')
		)!;
		return {
			fromRight: width - Number(heading.getAttribute('x')),
			anchor: heading.getAttribute('text-anchor'),
			isolated: heading.textContent!.startsWith('\u2067')
		};
	}, svg);
	// The title starts at the right edge, its words isolated as right-to-left text.
	expect(await title).toEqual({ fromRight: expect.any(Number), anchor: 'end', isolated: true });
	expect((await title).fromRight).toBeLessThan(60);

	const png = await downloadOf(page, () => menu.getByRole('button').first().click());
	await mkdir('test-results/screenshots', { recursive: true });
	await writeFile(
		'test-results/screenshots/export-ar-1200x675.png',
		await readFile((await png.path())!)
	);
});
