import { expect, mark, screenshot, shapeX, storyId, storyPath, test } from './fixtures';

interface PublishedEvent {
	id: string;
	title: string;
	when: { text: string | null; start: string; end: string; precision: string; basis: string };
	excerpts: { source: string; exact: string; start: number; end: number }[];
}

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

test('the home page leads to the story', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Starmer’s week in Washington' }).click();
	await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Starmer’s week in Washington');
});

test('every event of the story is drawn, in view, with its dates as text', async ({
	page,
	request
}) => {
	const response = await request.get(`/stories/${storyId}.json`);
	expect(response.ok()).toBe(true);
	const story = (await response.json()) as { events: PublishedEvent[] };
	expect(story.events.length).toBeGreaterThanOrEqual(10);

	await page.goto(storyPath);
	for (const event of story.events) {
		const m = mark(page, event.id);
		await expect(m).toBeVisible();
		await expect(m).toBeInViewport();
		await expect(m).toHaveAccessibleName(
			new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		);
	}
	await expect(page.locator('.mark')).toHaveCount(story.events.length);
	// A stated single day is a point; a range the event fell within ("earlier this week") is a
	// dot over a bracket, not a bar; inferred dates are marked as such.
	await expect(mark(page, 'macron-white-house-visit')).toHaveAttribute('data-shape', 'range');
	await expect(mark(page, 'zelenskyy-meets-trump')).toHaveAttribute('data-shape', 'point');
	await expect(mark(page, 'starmer-flies-to-washington')).toHaveAttribute('data-basis', 'inferred');
	await expect(page.getByText('Times in London time (Europe/London)')).toBeVisible();
	await screenshot(page, 'story-fit-all');
});

test('a range the event fell within is a point over a bracket; one it lasted is a bar', async ({
	page
}) => {
	await page.goto(storyPath);
	const macron = mark(page, 'macron-white-house-visit');
	await expect(macron).toHaveAttribute('data-extent', 'within');
	await expect(macron.locator('.bar')).toHaveCount(0);
	const range = (await macron.locator('.range').boundingBox())!;
	const point = (await macron.locator('.point').boundingBox())!;
	// The bracket runs over Monday to Wednesday, three days of the axis, around its point;
	// Friday's bracketless point is a day's width from Thursday's (published that day).
	const friday = await shapeX(page, 'zelenskyy-meets-trump');
	const thursday = await shapeX(page, 'starmer-meets-trump');
	expect(Math.abs(range.width - 3 * (friday - thursday))).toBeLessThan(0.1 * range.width);
	expect(range.width).toBeGreaterThan(3 * point.width);
	expect(point.x).toBeGreaterThan(range.x);
	expect(point.x + point.width).toBeLessThan(range.x + range.width);
	// The legend explains the bracket, and the pale day of an event in another zone (folded
	// behind its button where the window is short).
	const toggle = page.getByRole('button', { name: 'Help and legend' });
	if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
	const legend = page.getByRole('list', { name: 'Legend' });
	await expect(legend.getByText('Some time within the bracket')).toBeVisible();
	await expect(legend.getByText('Its day in the place’s own time zone')).toBeVisible();
	// A day in Washington has its pale day; one in London, the axis's own zone, has none.
	await expect(mark(page, 'zelenskyy-meets-trump').locator('.zone')).toHaveCount(1);
	await expect(mark(page, 'zelenskyy-starmer-rutte-meeting').locator('.zone')).toHaveCount(0);
	await screenshot(page, 'story-within-bracket');

	await page.goto('/stories/women-in-computing');
	const lovelace = mark(page, 'ada-lovelace');
	await expect(lovelace).toHaveAttribute('data-shape', 'bar');
	await expect(lovelace).toHaveAttribute('data-extent', 'throughout');
	await expect(lovelace.locator('.range')).toHaveCount(0);
	await screenshot(page, 'story-throughout-bars');
});

test('Ctrl + wheel zoom narrows the range and ticks change from days to hours', async ({
	page
}) => {
	await page.goto(storyPath);
	const plot = page.locator('.plot');
	await expect(plot.locator('.tick[data-unit="time"]')).toHaveCount(0);
	await expect(plot.locator('.axis .unit')).toHaveText('Days (Europe/London)');
	// The range on screen, from the plot's hooks for host pages (only what is in view is drawn).
	const visibleSpan = () =>
		plot.evaluate(
			(el: HTMLElement) => Date.parse(el.dataset.visibleEnd!) - Date.parse(el.dataset.visibleStart!)
		);
	const before = await visibleSpan();

	// The pointer can only be where the reader sees the plot.
	await plot.scrollIntoViewIfNeeded();
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
	await page.keyboard.down('Control');
	for (let i = 0; i < 8; i++) {
		await page.mouse.wheel(0, -300);
		await page.waitForTimeout(50);
	}
	await page.keyboard.up('Control');
	await expect(plot.locator('.tick[data-unit="time"]').first()).toBeAttached();
	await expect(plot.locator('.tick text').first()).toHaveText(/^\d\d:\d\d$|^\w{3} \d{1,2} \w{3}$/);
	await expect(plot.locator('.axis .unit')).toHaveText(
		/^(Hours|Minutes), \w{3} \d{1,2} \w{3}.* 20\d\d \(Europe\/London\)$/
	);
	expect(await visibleSpan()).toBeLessThan(before / 2);
	await screenshot(page, 'story-zoomed-wheel');
});

test('drag pans the timeline', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(storyPath);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	const plot = (await page.locator('.plot').boundingBox())!;
	const x0 = await shapeX(page, 'zelenskyy-meets-trump');
	// Grab an empty strip just under the axis labels.
	const y = plot.y + 30;
	await page.mouse.move(plot.x + plot.width / 2, y);
	await page.mouse.down();
	await page.mouse.move(plot.x + plot.width / 2 - 100, y, { steps: 5 });
	await page.mouse.move(plot.x + plot.width / 2 - 200, y, { steps: 5 });
	await page.mouse.up();
	const x1 = await shapeX(page, 'zelenskyy-meets-trump');
	expect(x1 - x0).toBeCloseTo(-200, -1);
});

test('a sideways scroll (trackpad swipe) pans instead of zooming', async ({ page }) => {
	// Reduced motion: the zoom buttons apply at once, so positions are read after they land.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(storyPath);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	const plot = (await page.locator('.plot').boundingBox())!;
	// Two events mid-week, which stay in view as the buttons zoom in about the middle.
	const span = async () =>
		(await shapeX(page, 'starmer-meets-trump')) - (await shapeX(page, 'macron-white-house-visit'));
	await expect.poll(span).toBeGreaterThan(0);
	const before = await span();
	const x0 = await shapeX(page, 'starmer-meets-trump');
	await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
	await page.mouse.wheel(150, 0);
	await expect.poll(() => shapeX(page, 'starmer-meets-trump')).toBeCloseTo(x0 - 150, 0);
	expect(await span()).toBeCloseTo(before, 0);
});

test('the + and − buttons zoom and “Fit all” restores the whole week', async ({ page }) => {
	await page.goto(storyPath);
	// Mid-week: the fit runs edge to edge, so zoomed in the first and last leave the view.
	const span = async () =>
		(await shapeX(page, 'starmer-meets-trump')) - (await shapeX(page, 'macron-white-house-visit'));
	const initial = await span();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(span).toBeGreaterThan(initial * 1.4);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(span).toBeLessThan(initial);
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect.poll(span).toBeCloseTo(initial, 0);
	// Keys on the timeline zoom too.
	await mark(page, 'zelenskyy-meets-trump').focus();
	await page.keyboard.press('+');
	await expect.poll(span).toBeGreaterThan(initial * 1.4);
	await page.keyboard.press('0');
	await expect.poll(span).toBeCloseTo(initial, 0);
});

test('clicking an event shows its passage highlighted, with its date, basis and words', async ({
	page
}) => {
	await page.goto(storyPath);
	await mark(page, 'zelenskyy-meets-trump').click();
	await expect(page).toHaveURL(/\?event=zelenskyy-meets-trump$/);
	const panel = page.getByRole('region', { name: 'Source' });
	await expect(
		panel.getByRole('heading', { name: 'Zelenskyy meets Trump on minerals deal' })
	).toBeVisible();
	await expect(panel.locator('time[datetime="2025-02-28"]')).toHaveText('Fri 28 Feb 2025');
	await expect(panel.getByText('as written: “this Friday”')).toBeVisible();
	await expect(panel.locator('.basis')).toHaveText('Stated');
	const passage = panel.locator('.passage.active');
	await expect(passage).toHaveCount(1);
	await expect(passage).toContainText('face-to-face with Trump this Friday');
	await expect(passage).toBeInViewport();
	await expect(panel.getByText('HuffPost UK', { exact: true })).toBeVisible();
	await screenshot(page, 'story-event-open');

	// An inferred event says so and shows its reasoning.
	await mark(page, 'starmer-flies-to-washington').click();
	await expect(panel.locator('.basis').first()).toHaveText('Inferred');
	await expect(panel.getByText('Only the narrative places the flight')).toBeVisible();
	await expect(panel.locator('time[datetime="2025-02-24"]')).toBeVisible();
	await expect(panel.locator('time[datetime="2025-02-26"]')).toBeVisible();
});

test('clicking a passage in the article selects its event', async ({ page }) => {
	await page.goto(storyPath);
	await page.locator('.passage[data-passage-of="zelenskyy-starmer-rutte-meeting"]').click();
	await expect(mark(page, 'zelenskyy-starmer-rutte-meeting')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(mark(page, 'zelenskyy-starmer-rutte-meeting')).toBeInViewport();
	// A click before the page has hydrated follows the passage's plain link, which also lands
	// on the event in the list (#story-event-…): the same selection either way.
	await expect(page).toHaveURL(
		/\?event=zelenskyy-starmer-rutte-meeting(#story-event-zelenskyy-starmer-rutte-meeting)?$/
	);
	await expect(page.locator('.passage.active')).toContainText('Mark Rutte on Sunday');
});

test('a deep link restores the selected event', async ({ page }) => {
	await page.goto(`${storyPath}?event=starmer-remarks-on-plane`);
	await expect(mark(page, 'starmer-remarks-on-plane')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('heading', { name: /come again/ })).toBeVisible();
	await expect(page.locator('.passage.active')).toHaveCount(7);
	await expect(page.locator('.passage.active').first()).toBeInViewport();
	await screenshot(page, 'story-deep-link');
});

test('Enter on a focused event opens it; Escape closes and returns focus', async ({ page }) => {
	await page.goto(storyPath);
	await mark(page, 'macron-white-house-visit').focus();
	await page.keyboard.press('ArrowRight');
	const focused = page.locator('.mark:focus');
	const id = await focused.getAttribute('data-event-id');
	expect(id).not.toBe('macron-white-house-visit');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`event=${id}$`));
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/event=/);
	await expect(mark(page, id!)).toBeFocused();
});

test('it fits a 320 px wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 720 });
	await page.goto(storyPath);
	// Every event is drawn: with its label, or counted in a cluster.
	await expect(page.locator('.mark')).not.toHaveCount(0);
	const counted = await page
		.locator('.cluster')
		.evaluateAll((clusters) => clusters.reduce((n, c) => n + Number(c.dataset.count), 0));
	await expect(page.locator('.mark')).toHaveCount(11 - counted);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await screenshot(page, 'story-320px');
});
