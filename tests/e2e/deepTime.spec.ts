import { expect, test } from './fixtures';
import { CORS, startHostServer, type HostServer } from './hostServer';

// A TimelineJS story of antiquity, by `/embed?src=`: TimelineJS years have no year 0, so its
// -753 is 753 BC and -44 is 44 BC; the common era's 476 stays a bare year.

let host: HostServer;

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	host = await startHostServer(testInfo.project.use.baseURL!);
	const slide = (headline: string, start_date: Record<string, number>) => ({
		start_date,
		text: { headline, text: `<p>${headline}.</p>` }
	});
	host.set('/rome.json', {
		headers: { ...CORS, 'content-type': 'application/json' },
		body: JSON.stringify({
			title: { text: { headline: 'Rome', text: '<p>From the founding to the fall.</p>' } },
			events: [
				slide('Rome is founded', { year: -753 }),
				slide('Caesar is killed', { year: -44, month: 3, day: 15 }),
				slide('The last western emperor is deposed', { year: 476 })
			]
		})
	});
});
test.afterAll(async () => {
	await host.close();
});

test('a story of BCE and early years draws, its axis and list counting years BC', async ({
	page
}) => {
	await page.goto(`/embed?src=${encodeURIComponent(`${host.origin}/rome.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rome');
	await expect(page.locator('.mark')).toHaveCount(3);
	// The marks are named with their dates: BC as such, 476 a year with no era.
	await expect(page.getByRole('button', { name: 'Rome is founded, “753 BC”, 753 BC (stated)' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Caesar is killed, “Fri 15 Mar 44 BC”, Fri 15 Mar 44 BC (stated)' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'The last western emperor is deposed, “476”, 476 (stated)' })).toBeVisible();
	// The overview says the story's span the same way.
	await expect(page.getByRole('img', { name: /^Overview: 3 events, \d+ BC – \d+;/ })).toBeVisible();
	// The axis counts years BC up to the common era's bare years, in time order.
	const labels = await page.locator('.axis .tick text').allTextContents();
	expect(labels.length).toBeGreaterThan(2);
	for (const label of labels) expect(label).toMatch(/^(\d[\d,]* BC|\d+)$/);
	expect(labels[0]).toMatch(/ BC$/);
	expect(labels.at(-1)).toMatch(/^\d+$/);

	await page.getByRole('button', { name: 'List' }).click();
	const list = page.getByRole('list', { name: 'Events, in time order' });
	await expect(list.locator('time')).toHaveText(['753 BC', 'Fri 15 Mar 44 BC', '476']);
	await expect(list).not.toContainText(/\bAD\b|\b(?:754|45) BC\b/);
}); // prettier-ignore
