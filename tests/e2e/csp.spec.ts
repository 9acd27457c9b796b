import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, storyId, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// Issue 10, case 6: a host that sends the site's own policy as a response header (as it
// should: a header policy covers the whole page, a <meta> one only what follows it) must see
// no violation on any page, and a stored theme must still be applied before the first paint.

const buildDir = new URL('../../build/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** Serves the build as a static host would, each page with its own <meta> policy as a header. */
async function serveBuild(): Promise<{ origin: string; pages: string[]; server: Server }> {
	const files = (await readdir(buildDir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(buildDir, join(entry.parentPath, entry.name))}`);
	const pages = files
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replace(/(index)?\.html$/, ''));
	const server = createServer(async (request, response) => {
		const path = new URL(request.url ?? '/', 'http://build').pathname;
		const file = [path, `${path}.html`, `${path}index.html`].find((f) => files.includes(f));
		if (!file || relative(buildDir, join(buildDir, file)).startsWith('..')) {
			response.writeHead(404).end();
			return;
		}
		const body = await readFile(join(buildDir, file));
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
		};
		const policy = file.endsWith('.html') ? META_POLICY.exec(body.toString())?.[1] : undefined;
		if (file.endsWith('.html')) {
			if (!policy) throw new Error(`${file} has no CSP`);
			headers['content-security-policy'] = policy.replaceAll('&#39;', "'");
		}
		response.writeHead(200, headers).end(body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages, server };
}

let build: Awaited<ReturnType<typeof serveBuild>>;
let host: HostServer;

// Worker hooks take no page: the pattern is empty on purpose.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	build = await serveBuild();
	host = await startHostServer(testInfo.project.use.baseURL!);
	host.set('/story.json', {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: await readFile(join(buildDir, `stories/${storyId}.json`))
	});
});

test.afterAll(async () => {
	await host.close();
	await new Promise((done) => build.server.close(done));
});

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} ${event.blockedURI}`)
		);
	});
	return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('every page runs under its own policy sent as a header, with no violation', async ({
	page
}) => {
	const violations = await watchViolations(page);
	expect(build.pages).toEqual(
		expect.arrayContaining(['/', `/stories/${storyId}`, `/embed/${storyId}`, '/embed'])
	);
	for (const path of build.pages) {
		const response = await page.goto(`${build.origin}${path}`);
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
		// Hydrated: the app's own scripts ran under the policy.
		await expect(page.locator('body')).not.toBeEmpty();
		await page.waitForLoadState('networkidle');
		expect(await violations(), path).toEqual([]);
	}
});

test('a remote story loads from another origin under the policy (connect-src)', async ({
	page
}) => {
	const violations = await watchViolations(page);
	const src = encodeURIComponent(`${host.origin}/story.json`);
	await page.goto(`${build.origin}/embed?src=${src}`);
	await expect(page.locator('.mark')).toHaveCount(11);
	expect(await violations()).toEqual([]);
});

test('a stored dark theme is applied before the page is drawn, under the policy', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`${build.origin}/`);
	await page.evaluate(() => localStorage.setItem('sourceline:theme', 'dark'));
	// Hold back the app's JavaScript: only the prerendered HTML and the head script run.
	const held: Route[] = [];
	await page.route('**/_app/immutable/**/*.js', (route) => void held.push(route));
	for (const path of ['/', `/stories/${storyId}`, `/embed/${storyId}`]) {
		// Not domcontentloaded: a module script in the head (the embed's) holds that event back.
		await page.goto(`${build.origin}${path}`, { waitUntil: 'commit' });
		// Parsed (the held module script runs only after that).
		await page.waitForFunction(() => document.readyState !== 'loading');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await violations(), path).toEqual([]);
	}
	await page.unroute('**/_app/immutable/**/*.js');
	for (const route of held) await route.continue().catch(() => {});
});
