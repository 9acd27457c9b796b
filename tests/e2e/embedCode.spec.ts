import { extract, setProviderList } from '@extractus/oembed-extractor';
import { iframeSnippet, loaderSnippet } from '../../src/lib/embed/host/snippets';
import { interactive } from './a11y';
import { expect, storyId, storyPath, test } from './fixtures';
import { expectFitted, hostScreenshot, viewportScreenshot } from './embedHelpers';
import { startHostServer } from './hostServer';

// The embed code a newsroom gets: from the Embed dialog, and from oEmbed.

const storyTitle = 'Starmer’s week in Washington';

test('the Embed dialog gives both snippets, copies them and previews the embed', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1000, height: 900 });
	await page.goto(`${storyPath}?event=zelenskyy-meets-trump`);
	// A click before the page hydrates reaches a button with no handler yet.
	await interactive(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await expect(dialog).toBeVisible();

	const target = {
		origin: baseURL!,
		storyId,
		storyTitle,
		options: { event: 'zelenskyy-meets-trump' }
	};
	const iframeCode = dialog.locator('code[data-snippet="embed-iframe"]');
	const loaderCode = dialog.locator('code[data-snippet="embed-loader"]');
	await expect(iframeCode).toHaveText(iframeSnippet(target));
	await expect(iframeCode).toContainText('loading="lazy"');
	await expect(iframeCode).toContainText(`title="Timeline: ${storyTitle}"`);
	await expect(loaderCode).toHaveText(loaderSnippet(target));

	// Options change the code and the preview.
	await dialog.getByLabel('Theme').selectOption('dark');
	await dialog.getByLabel('The host page’s address follows').check();
	const dark = { ...target, options: { ...target.options, theme: 'dark' } };
	await expect(iframeCode).toHaveText(iframeSnippet(dark));
	await expect(loaderCode).toHaveText(loaderSnippet(dark, true));

	const preview = dialog.locator('iframe');
	await expect(preview).toHaveAttribute(
		'src',
		`/embed/${storyId}?event=zelenskyy-meets-trump&theme=dark`
	);
	const embed = dialog.frameLocator('iframe');
	await expect(embed.locator('.mark')).toHaveCount(11);
	await expect(embed.getByRole('region', { name: 'Source' })).toBeVisible();
	await expectFitted(preview);

	await dialog
		.getByRole('region', { name: 'Iframe' })
		.getByRole('button', { name: 'Copy code' })
		.click();
	await expect(dialog.getByRole('region', { name: 'Iframe' }).getByRole('status')).toHaveText(
		'Copied'
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframeSnippet(dark));
	await dialog
		.getByRole('region', { name: 'Self-sizing' })
		.getByRole('button', { name: 'Copy code' })
		.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(loaderSnippet(dark, true));
	await viewportScreenshot(page, 'embed-dialog');

	// Escape closes the dialog and leaves the page's selected event alone.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page).toHaveURL(/\?event=zelenskyy-meets-trump$/);
});

test('without the Clipboard API, Copy falls back and still copies', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
	});
	await page.goto(storyPath);
	await interactive(page);
	await page.getByRole('button', { name: 'Embed' }).click();
	const section = page.getByRole('region', { name: 'Iframe' });
	await section.getByRole('button', { name: 'Copy code' }).click();
	await expect(section.getByRole('status')).toHaveText('Copied');
	// Read it back from a page that has the Clipboard API.
	const reader = await context.newPage();
	await reader.goto(storyPath);
	expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
		await section.locator('code').textContent()
	);
});

test('oEmbed: the story page links its oEmbed JSON, which embeds the story', async ({
	page,
	request,
	baseURL
}) => {
	const oembedHref = `${baseURL}/oembed/${storyId}.json`;
	await page.goto(storyPath);
	await expect(
		page.locator('link[rel="alternate"][type="application/json+oembed"]')
	).toHaveAttribute('href', oembedHref);

	const response = await request.get(oembedHref);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	const oembed = (await response.json()) as Record<string, unknown>;
	expect(oembed).toEqual({
		type: 'rich',
		version: '1.0',
		title: storyTitle,
		provider_name: 'Sourceline',
		provider_url: `${baseURL}/`,
		html: expect.stringContaining(
			`<iframe src="${baseURL}/embed/${storyId}" title="Timeline: ${storyTitle}"`
		),
		width: expect.any(Number),
		height: expect.any(Number),
		thumbnail_url: `${baseURL}/stories/${storyId}/card.png`,
		thumbnail_width: 1200,
		thumbnail_height: 630
	});

	// Its html, pasted into a page on another origin, shows the story and sizes itself.
	const host = await startHostServer(baseURL!);
	try {
		host.page('/oembed.html', oembed.html as string);
		await page.goto(`${host.origin}/oembed.html`);
		const embed = page.frameLocator('iframe');
		await expect(embed.locator('.mark')).toHaveCount(11);
		await expect(embed.getByRole('heading', { level: 1 })).toHaveText(storyTitle);
		await expectFitted(page.locator('iframe'));
		await hostScreenshot(page, 'embed-host-oembed');
	} finally {
		await host.close();
	}
});

test('oEmbed: a consumer library discovers and reads it from the story page', async ({
	baseURL
}) => {
	// No registered providers: the library must find the endpoint through the page's <link>.
	setProviderList([]);
	const data = await extract(`${baseURL}${storyPath}`);
	expect(data).toMatchObject({
		method: 'auto-discovery',
		type: 'rich',
		version: '1.0',
		title: storyTitle,
		provider_name: 'Sourceline',
		html: expect.stringContaining(`${baseURL}/embed/${storyId}`)
	});
});
