import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import EventMedia from './EventMedia.svelte';

describe('EventMedia', () => {
	it('shows an image lazily, with its alt text, caption and credit', async () => {
		await render(EventMedia, {
			props: {
				media: {
					kind: 'image',
					url: 'https://images.test/ada.jpg',
					alt: 'Portrait of Ada Lovelace',
					caption: 'Portrait by Alfred Edward Chalon',
					credit: 'Wikimedia Commons'
				}
			}
		});
		const image = page.getByRole('img', { name: 'Portrait of Ada Lovelace' });
		await expect.element(image).toHaveAttribute('src', 'https://images.test/ada.jpg');
		await expect.element(image).toHaveAttribute('loading', 'lazy');
		await expect
			.element(page.getByRole('figure'))
			.toHaveTextContent(/Portrait by Alfred Edward Chalon/);
		await expect.element(page.getByText('Wikimedia Commons')).toBeVisible();
	});

	it('shows a link by its caption', async () => {
		await render(EventMedia, {
			props: {
				media: { kind: 'link', url: 'https://video.test/watch?v=1', caption: 'Jean Bartik talks' }
			}
		});
		await expect
			.element(page.getByRole('link', { name: 'Jean Bartik talks' }))
			.toHaveAttribute('href', 'https://video.test/watch?v=1');
	});

	it('shows nothing for an address that is not http(s)', async () => {
		const { container } = await render(EventMedia, {
			props: { media: { kind: 'link', url: 'javascript:alert(1)', caption: 'Click' } }
		});
		expect(container.querySelector('a, img, figure')).toBeNull();
	});

	it('shows a video as a poster, with no frame until the reader plays it', async () => {
		await render(EventMedia, {
			props: {
				media: {
					kind: 'video',
					url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
					caption: 'Jean Bartik talks about the ENIAC women',
					credit: 'Computer History Museum'
				}
			}
		});
		const play = page.getByRole('button', { name: 'Play video' });
		await expect.element(play).toBeVisible();
		const figure = page.getByRole('figure');
		await expect.element(figure).toHaveTextContent(/YouTube/);
		await expect.element(figure).toHaveTextContent(/Jean Bartik talks about the ENIAC women/);
		await expect.element(figure).toHaveTextContent(/Computer History Museum/);
		// Nothing from the provider: no frame, no picture.
		expect(document.querySelector('iframe, img')).toBeNull();

		await play.click();
		const frame = page.getByTitle('YouTube: Jean Bartik talks about the ENIAC women');
		await expect
			.element(frame)
			.toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aPweFhhXFvY?autoplay=1');
		await expect
			.element(frame)
			.toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
		await expect
			.element(frame)
			.toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
		await expect.element(frame).toHaveAttribute('loading', 'lazy');
		expect(frame.element().getAttribute('allow')).not.toMatch(/camera|microphone|geolocation/);
		await expect.element(play).not.toBeInTheDocument();
		// Focus goes to the player that took the button's place.
		expect(document.activeElement).toBe(frame.element());
	});

	it.each([
		[
			'audio',
			'https://soundcloud.com/artist/track',
			'Play audio',
			/^https:\/\/w\.soundcloud\.com\/player\/\?url=/
		],
		[
			'map',
			'https://www.openstreetmap.org/#map=15/39.95222/-75.19321',
			'Show map',
			/^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?bbox=/
		]
	] as const)('shows an %s behind its button, “%s”', async (kind, url, label, player) => {
		await render(EventMedia, { props: { media: { kind, url } } });
		await page.getByRole('button', { name: label }).click();
		const frame = document.querySelector('iframe');
		expect(frame?.src).toMatch(player);
		expect(frame?.title).toMatch(/^(SoundCloud|OpenStreetMap)$/);
	});

	it('shows a video whose address no player takes as a plain link', async () => {
		await render(EventMedia, {
			props: {
				media: {
					kind: 'video',
					url: 'https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg',
					caption: 'The channel'
				}
			}
		});
		await expect
			.element(page.getByRole('link', { name: 'The channel' }))
			.toHaveAttribute('href', 'https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg');
		expect(document.querySelector('button, iframe')).toBeNull();
	});

	it('shows nothing for a video whose address is not http(s)', async () => {
		const { container } = await render(EventMedia, {
			props: { media: { kind: 'video', url: 'javascript:alert(1)//youtu.be/aPweFhhXFvY' } }
		});
		await new Promise((done) => setTimeout(done, 100));
		expect(container.querySelector('a, img, figure, button, iframe')).toBeNull();
	});
});
