import { loaderSnippet } from '../../src/lib/embed/host/snippets';
import { CORS, startHostServer, type HostServer } from '../e2e/hostServer';
import type { Context, Page } from './driver';
import { expect, needs, test } from './fixtures';
import {
	button,
	currentSearch,
	find,
	focusedEventId,
	hydrated,
	inPage,
	inViewport,
	mark,
	openInteractive,
	scrollHoldsStill,
	shapeX,
	storyId,
	storyPath,
	visibleSpan
} from './page';

// The core journeys in every engine the project drives (WebKit, Firefox), with real input
// through its driver: clicks, keys sent to the focused element, wheel, pointer drags and
// taps. Where a driver cannot send an input (WebKit's: touch, or Ctrl with the wheel), the
// journey that needs it skips there and says why.

interface Story {
	title: string;
	events: { id: string; title: string }[];
}

let host: HostServer;
let story: Story;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	story = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
	host = await startHostServer(site);
	host.set('/data/story.json', {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: JSON.stringify(story)
	});
	host.page('/loader.html', loaderSnippet({ origin: site, storyId, storyTitle: story.title }));
});

test.afterAll(async () => {
	await host.close();
});

const text = (driver: Context, css: string) =>
	inPage<string | null>(driver, '(css) => document.querySelector(css)?.textContent ?? null', css);
const count = (driver: Context, css: string) =>
	inPage<number>(driver, '(css) => document.querySelectorAll(css).length', css);

/** Every event is drawn and on screen. */
async function expectAllMarksDrawn(driver: Page): Promise<void> {
	await expect.poll(() => count(driver, '.mark')).toBe(story.events.length);
	for (const event of story.events) {
		const element = await mark(driver, event.id);
		expect(await element.displayed(), event.id).toBe(true);
		expect(await inViewport(driver, element), event.id).toBe(true);
		expect(await element.attribute('aria-label')).toContain(event.title);
	}
}

test('the story page draws every event, in view', async ({ driver, site }) => {
	await openInteractive(driver, `${site}${storyPath}`);
	expect(await text(driver, 'h1')).toBe(story.title);
	await expectAllMarksDrawn(driver);
	expect(await text(driver, '.axis .unit')).toBe('Days (Europe/London)');
});

test('the embed by id draws the story without the site around it', async ({ driver, site }) => {
	await openInteractive(driver, `${site}/embed/${storyId}`);
	expect(await text(driver, 'h1')).toBe(story.title);
	await expectAllMarksDrawn(driver);
	expect(await count(driver, '.masthead')).toBe(0);
});

test('the embed by ?src= loads a story from another origin and draws it', async ({
	driver,
	site
}) => {
	const src = encodeURIComponent(`${host.origin}/data/story.json`);
	await openInteractive(driver, `${site}/embed?src=${src}`);
	await expect.poll(() => text(driver, 'h1')).toBe(story.title);
	await expectAllMarksDrawn(driver);
});

test('the buttons and keys zoom; “Fit all” and 0 restore the whole week', async ({
	driver,
	site
}) => {
	await openInteractive(driver, `${site}${storyPath}`);
	// Mid-week: zoomed in, the first and last events leave the view (and are not drawn).
	const span = async () =>
		(await shapeX(driver, 'starmer-meets-trump')) -
		(await shapeX(driver, 'macron-white-house-visit'));
	const initial = await span();
	await (await button(driver, 'Zoom in')).click();
	await expect.poll(span).toBeGreaterThan(initial * 1.4);
	await (await button(driver, 'Zoom out')).click();
	await (await button(driver, 'Zoom out')).click();
	await expect.poll(span).toBeLessThan(initial);
	await (await button(driver, 'Fit all')).click();
	await expect.poll(span).toBeCloseTo(initial, 0);

	const event = await mark(driver, 'zelenskyy-meets-trump');
	await event.press('+');
	await expect.poll(span).toBeGreaterThan(initial * 1.4);
	await event.press('0');
	await expect.poll(span).toBeCloseTo(initial, 0);
});

test('a plain wheel over the plot scrolls the page and says how to zoom', async ({
	driver,
	site
}) => {
	await openInteractive(driver, `${site}${storyPath}`);
	const before = await visibleSpan(driver);
	expect(await inPage(driver, '() => scrollY')).toBe(0);
	// The hint goes soon after the wheel stops: note its words as it shows, and each wheel
	// event the page gets.
	await inPage(
		driver,
		`() => {
			window.hints = [];
			window.wheels = 0;
			addEventListener('wheel', () => window.wheels++, { capture: true });
			new MutationObserver(() => {
				const hint = document.querySelector('.wheel-hint');
				if (hint) window.hints.push(hint.textContent);
			}).observe(document.body, { subtree: true, childList: true });
		}`
	);
	// Just after a load WebKit may scroll without giving the page the wheel event (it has not
	// yet learnt where the page listens): wheel again, from the top, until the page gets one.
	const plot = await find(driver, '.plot');
	await expect
		.poll(
			async () => {
				await inPage(driver, '() => scrollTo(0, 0)');
				await driver.wheel(plot, 300);
				return inPage<number>(driver, '() => window.wheels');
			},
			{ intervals: [1000], timeout: 15_000 }
		)
		.toBeGreaterThan(0);
	await expect.poll(() => inPage<number>(driver, '() => scrollY')).toBeGreaterThan(0);
	await expect
		.poll(() => inPage<string[]>(driver, '() => window.hints'))
		.toContain('Use Ctrl (or ⌘) + scroll to zoom the timeline');
	expect(await visibleSpan(driver)).toBe(before);
});

test('a drag pans the timeline', async ({ driver, site }) => {
	await openInteractive(driver, `${site}${storyPath}`);
	const fitted = await visibleSpan(driver);
	await (await button(driver, 'Zoom in')).click();
	// Once the zoom's animation has landed (one step of 1.5).
	await expect.poll(async () => fitted / (await visibleSpan(driver))).toBeCloseTo(1.5, 3);
	const last = await shapeX(driver, 'zelenskyy-meets-trump');
	const plot = await inPage<{ x: number; y: number; width: number }>(
		driver,
		'() => document.querySelector(".plot").getBoundingClientRect().toJSON()'
	);
	// An empty strip just under the axis labels.
	const x = Math.round(plot.x + plot.width / 2);
	const y = Math.round(plot.y + 30);
	await driver.drag([0, 50, 100, 150, 200].map((dx) => ({ x: x - dx, y })));
	await expect
		.poll(async () => (await shapeX(driver, 'zelenskyy-meets-trump')) - last)
		.toBeCloseTo(-200, -1);
});

test('a click on an event opens its passage, in view, with its date and basis', async ({
	driver,
	site
}) => {
	await openInteractive(driver, `${site}${storyPath}`);
	await (await mark(driver, 'zelenskyy-meets-trump')).click();
	await expect.poll(() => currentSearch(driver)).toBe('?event=zelenskyy-meets-trump');
	const panel = 'section[aria-label="Source"]';
	await expect
		.poll(() => text(driver, `${panel} h2`))
		.toBe('Zelenskyy meets Trump on minerals deal');
	expect(await text(driver, `${panel} time[datetime="2025-02-28"]`)).toBe('Fri 28 Feb 2025');
	expect(await text(driver, `${panel} .basis`)).toBe('Stated');
	expect(await count(driver, `${panel} .passage.active`)).toBe(1);
	const passage = await find(driver, `${panel} .passage.active`);
	expect(await passage.text()).toContain('face-to-face with Trump this Friday');
	await expect.poll(() => inViewport(driver, passage)).toBe(true);
});

test('by keyboard: move between events, zoom, open a passage and close it', async ({
	driver,
	site
}) => {
	await openInteractive(driver, `${site}${storyPath}`);
	const ids = story.events.map((e) => e.id);
	// The timeline is one tab stop, on the first event.
	expect(await count(driver, '.mark[tabindex="0"]')).toBe(1);
	const first = await find(driver, '.mark[tabindex="0"]');
	expect(await first.attribute('data-event-id')).toBe(ids[0]);
	const press = (key: string) => driver.press(key);

	await first.press('ArrowRight');
	expect(await focusedEventId(driver)).toBe(ids[1]);
	const before = await visibleSpan(driver);
	// Presses in quick succession add up: three steps of 1.5.
	for (let i = 0; i < 3; i++) await press('+');
	await expect.poll(async () => before / (await visibleSpan(driver))).toBeCloseTo(3.375, 2);
	await press('End');
	expect(await focusedEventId(driver)).toBe(ids.at(-1));

	await press('Enter');
	await expect.poll(() => currentSearch(driver)).toBe(`?event=${ids.at(-1)}`);
	await expect
		.poll(() => inPage(driver, '() => document.activeElement.matches("[aria-label=Source] h2")'))
		.toBe(true);
	await press('Escape');
	await expect.poll(() => currentSearch(driver)).toBe('');
	expect(await focusedEventId(driver)).toBe(ids.at(-1));
});

test('the loader sizes its frame to the embed as the panel opens and closes', async ({
	driver
}) => {
	await driver.goto(`${host.origin}/loader.html`);
	const frame = await find(driver, 'iframe');
	const frameHeight = () => inPage<number>(driver, '(el) => el.clientHeight', frame);
	/** How far the embed's document overflows its frame (≤ 1: no inner scrollbar). */
	const inFrame = <T>(step: (embed: Context) => Promise<T>) => driver.inFrame(frame, step);
	const overflow = async () => {
		const outer = await frameHeight();
		const inner = await inFrame((embed) =>
			inPage<number>(embed, '() => document.documentElement.scrollHeight')
		);
		return inner - outer;
	};

	await inFrame((embed) => expect.poll(() => count(embed, '.mark')).toBe(story.events.length));
	await expect.poll(overflow).toBeLessThanOrEqual(1);
	const closed = await frameHeight();

	await inFrame(async (embed) => {
		await hydrated(embed);
		await (await mark(embed, 'zelenskyy-meets-trump')).click();
		await expect
			.poll(() => text(embed, 'section[aria-label="Source"] mark.passage'))
			.toContain('face-to-face with Trump this Friday');
	});
	await expect.poll(frameHeight).toBeGreaterThan(closed + 100);
	await expect.poll(overflow).toBeLessThanOrEqual(1);
	// The host page scrolls (smoothly) to the panel the reader opened: the reader closes it once
	// it has landed, not while the button still moves under the pointer.
	await expect.poll(() => scrollHoldsStill(driver)).toBe(true);

	await inFrame(async (embed) => (await button(embed, 'Close the source panel')).click());
	await expect.poll(frameHeight).toBeLessThanOrEqual(closed + 1);
	await expect.poll(overflow).toBeLessThanOrEqual(1);
});

test('the dark theme applies at once and persists across a reload', async ({ driver, site }) => {
	const background = () =>
		inPage<string>(driver, '() => getComputedStyle(document.body).backgroundColor');
	const dark = 'rgb(18, 20, 23)';
	await openInteractive(driver, `${site}${storyPath}`);
	await (await find(driver, 'input[name="theme"][value="dark"]')).click();
	expect(await background()).toBe(dark);
	await driver.reload();
	await openInteractive(driver, await driver.url());
	expect(await background()).toBe(dark);
	expect(await (await find(driver, 'input[name="theme"][value="dark"]')).selected()).toBe(true);
});

test('the list view shows every event as a link that opens it', async ({ driver, site }) => {
	await openInteractive(driver, `${site}${storyPath}`);
	await (await button(driver, 'List')).click();
	await expect
		.poll(async () => (await button(driver, 'List')).attribute('aria-pressed'))
		.toBe('true');
	await expect.poll(() => count(driver, '.mark')).toBe(0);
	expect(await (await find(driver, 'ol.event-list')).displayed()).toBe(true);
	expect(await count(driver, 'ol.event-list > li > a.title')).toBe(story.events.length);

	const link = await find(driver, 'a.title[data-event-id="macron-white-house-visit"]');
	expect(await link.text()).toBe('Macron visits the White House');
	await link.click();
	await expect.poll(() => currentSearch(driver)).toBe('?event=macron-white-house-visit');
	await expect
		.poll(() => text(driver, 'section[aria-label="Source"] h2'))
		.toBe('Macron visits the White House');
});

test('Ctrl + wheel zooms the timeline by the + button’s step, not the page', async ({
	driver,
	site
}) => {
	needs(driver, 'ctrlWheel');
	await openInteractive(driver, `${site}${storyPath}`);
	const fitted = await visibleSpan(driver);
	const plot = await find(driver, '.plot');
	// One notch up: in by one step of 1.5, no more.
	await driver.wheel(plot, -100, { ctrl: true });
	await expect.poll(() => visibleSpan(driver)).toBeLessThan(fitted);
	const notched = await visibleSpan(driver);
	expect(fitted / notched).toBeLessThanOrEqual(1.5 + 1e-3);
	expect(fitted / notched).toBeGreaterThan(1.45);
	// One notch down: back out to the whole week.
	await driver.wheel(plot, 100, { ctrl: true });
	await expect.poll(() => visibleSpan(driver)).toBeCloseTo(fitted, -3);
	// The browser's own page zoom took none of it, and the page did not scroll.
	expect(await inPage(driver, '() => [devicePixelRatio, visualViewport.scale, scrollY]')).toEqual([
		1, 1, 0
	]);
});

test('on a phone a tap opens an event in a sheet over the timeline, its passage in view', async ({
	driver,
	site
}) => {
	needs(driver, 'touch');
	await driver.resize(390, 844);
	await openInteractive(driver, `${site}${storyPath}`);
	// On a phone the fit gives each of the week's events a labelled mark of its own: none is
	// merged into a cluster, and the reader taps the event itself.
	expect(await count(driver, '[data-sourceline-plot] .cluster')).toBe(0);
	const event = await mark(driver, 'zelenskyy-meets-trump');
	expect(
		await (await find(driver, '.mark[data-event-id="zelenskyy-meets-trump"] .label')).displayed()
	).toBe(true);
	await driver.tap(event);
	await expect.poll(() => currentSearch(driver)).toBe('?event=zelenskyy-meets-trump');
	const passage = await find(driver, 'dialog[open] mark.passage');
	await expect.poll(() => inViewport(driver, passage)).toBe(true);
	expect(await passage.text()).toContain('face-to-face with Trump this Friday');
});
