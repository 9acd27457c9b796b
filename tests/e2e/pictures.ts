import type { Page } from '@playwright/test';

// The second story's pictures live on other sites (Wikimedia, a university's), out of reach
// of a test machine: every page a test opens is served a stand-in for them, so the same bytes
// come back on any machine. A test that wants another answer routes the host again (the
// route added last is asked first).

/** A 1×1 PNG. */
export const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

/** The hosts of the pictures in the built stories. */
export const PICTURE_HOSTS = ['https://upload.wikimedia.org/**', 'https://www.women.cs.cmu.edu/**'];

export async function servePictures(page: Page): Promise<void> {
	for (const host of PICTURE_HOSTS)
		await page.route(host, (route) =>
			route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
		);
}
