import type { Page } from '@playwright/test';
import { expect, storyId, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// Stories and host pages written to break the embed: each ends in a drawn story or a named
// problem, within seconds.

type Story = Record<string, unknown> & { events: Record<string, unknown>[] };

let host: HostServer;
let published: Story;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	const site = testInfo.project.use.baseURL!;
	host = await startHostServer(site);
	published = (await (await fetch(`${site}/stories/${storyId}.json`)).json()) as Story;
});

test.afterAll(async () => {
	await host.close();
});

/** Serves the published story with `change` applied at `path`; its embed's address. */
function serve(path: string, change: (story: Story) => void): string {
	const story = structuredClone(published);
	change(story);
	host.set(path, {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: JSON.stringify(story)
	});
	return `/embed?src=${encodeURIComponent(`${host.origin}${path}`)}`;
}

async function expectProblem(page: Page, message: RegExp | string): Promise<void> {
	const problem = page.getByRole('alert');
	await expect(problem.getByRole('heading')).toHaveText('This timeline could not be shown', {
		timeout: 10_000
	});
	await expect(problem).toContainText(message);
}

test('an unknown field nested 2,000 objects deep is named, not left checking', async ({ page }) => {
	let deep: unknown = 1;
	for (let i = 0; i < 2000; i++) deep = { a: deep };
	await page.goto(
		serve('/deep.json', (story) => {
			story.events[0]!.extra = deep;
		})
	);
	await expectProblem(page, /events\[0\]\.extra\.a\.a.*Nested more than 32 levels deep/);
});
