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
});
