import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, storyPath, test } from './fixtures';

// A shared story's link shows its card: the page's Open Graph tags name the prerendered PNG,
// which is 1200 × 630, and its oEmbed response gives it as the thumbnail.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height in a PNG's IHDR chunk, the first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the story page’s card tags point to a 1200 × 630 PNG, also oEmbed’s thumbnail', async ({
	page,
	request,
	baseURL
}) => {
	await page.goto(storyPath);
	const meta = (key: string) =>
		page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
	const title = await page.locator('h1').first().textContent();
	expect(await meta('og:title')).toBe(title?.trim());
	expect(await meta('og:description')).toBe(await meta('description'));
	expect(await meta('og:type')).toBe('article');
	expect(await meta('og:url')).toBe(new URL(storyPath, baseURL).href);
	expect(await meta('twitter:card')).toBe('summary_large_image');
	expect(await meta('og:image:alt')).toBe(`The timeline of “${title?.trim()}”, with its sources`);
	expect(await meta('twitter:image:alt')).toBe(await meta('og:image:alt'));
	expect(await meta('og:locale')).toBe('en_GB');
	const image = await meta('og:image');
	expect(image).toBe(new URL(`${storyPath}/card.png`, baseURL).href);
	expect(await meta('og:image:width')).toBe('1200');
	expect(await meta('og:image:height')).toBe('630');

	const card = await request.get(image!);
	expect(card.status()).toBe(200);
	expect(card.headers()['content-type']).toBe('image/png');
	const bytes = await card.body();
	expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
	mkdirSync('test-results/screenshots', { recursive: true });
	writeFileSync('test-results/screenshots/social-card.png', bytes);

	const oembedHref = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	const oembed = await (await request.get(oembedHref!)).json();
	expect(oembed).toMatchObject({
		thumbnail_url: image,
		thumbnail_width: 1200,
		thumbnail_height: 630
	});
});
