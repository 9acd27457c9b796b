import { expect, notInFirefox, storyPath, test } from './fixtures';
import { expectNoAxeViolations, publishedEvents } from './a11y';

// The prerendered page must tell the story on its own: what a reader without JavaScript
// (or before it loads, or a search engine) gets.
test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
});

test('without JavaScript: every event, its dates and a link to its passage', async ({
	browserName,
	page,
	request
}) => {
	notInFirefox('scripts off', browserName);
	const events = await publishedEvents(request);
	await page.goto(storyPath);

	const list = page.getByRole('list', { name: 'Events, in time order' });
	await expect(list).toBeVisible();
	const items = list.getByRole('listitem');
	await expect(items).toHaveCount(events.length);

	for (const [index, event] of events.entries()) {
		const item = items.nth(index);
		// In time order, titled, dated (both ends of a span), with the basis and the words.
		const link = item.getByRole('link', { name: event.title, exact: true });
		await expect(link).toHaveAttribute('href', `#passage-${event.id}-0`);
		const day = (iso: string) => iso.slice(0, 10);
		await expect(item.locator(`time[datetime^="${day(event.when.start)}"]`).first()).toBeAttached();
		if (event.when.precision === 'span')
			await expect(item.locator(`time[datetime^="${day(event.when.end)}"]`)).toBeAttached();
		await expect(item.locator('.basis')).toHaveText(new RegExp(event.when.basis, 'i'));
		if (event.when.text) await expect(item).toContainText(`as written: “${event.when.text}”`);

		// Every passage of the event is in the article, marked, and reachable by its anchor.
		for (const [n, excerpt] of event.excerpts.entries()) {
			const passage = page.locator(`#passage-${event.id}-${n}`);
			await expect(passage.locator('mark')).toBeVisible();
			await expect(passage).toContainText(excerpt.exact.slice(0, 12));
		}
	}

	// Nothing that only works with JavaScript is shown. (The timeline's prerendered picture
	// is in the HTML, for readers whose browser runs scripts, but not shown here.)
	await expect(page.locator('[data-sourceline-plot]')).toBeAttached();
	await expect(page.locator('.mark:visible')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'List' })).toHaveCount(0);
	await expect(page.getByRole('radio')).toHaveCount(0);
});

test('without JavaScript: event → passage → event by plain links', async ({
	browserName,
	page
}) => {
	notInFirefox('scripts off', browserName);
	await page.goto(storyPath);
	await page.getByRole('link', { name: 'Zelenskyy meets Trump on minerals deal' }).click();
	await expect(page).toHaveURL(/#passage-zelenskyy-meets-trump-0$/);
	const passage = page.locator('#passage-zelenskyy-meets-trump-0');
	await expect(passage).toBeInViewport();
	await expect(passage).toContainText('face-to-face with Trump this Friday');

	// The passage links back to its event in the list.
	await passage.click();
	await expect(page).toHaveURL(/\?event=zelenskyy-meets-trump#story-event-zelenskyy-meets-trump$/);
	await expect(page.locator('#story-event-zelenskyy-meets-trump')).toBeInViewport();
});

test.describe('the prerendered HTML alone', () => {
	// Axe runs as a script, so this page keeps JavaScript on and is served its HTML with
	// every <script> taken out: the same document a reader without JavaScript gets.
	test.use({ javaScriptEnabled: true });

	test('has no WCAG A/AA violations', async ({ page }) => {
		await page.route(`**${storyPath}`, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
			await route.fulfill({ response, body });
		});
		await page.goto(storyPath);
		await expect(page.getByRole('list', { name: 'Events, in time order' })).toBeVisible();
		await expect(page.locator('.mark:visible')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
});
