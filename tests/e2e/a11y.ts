import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, mark, storyId } from './fixtures';

/** The WCAG levels the site promises: 2.0 A/AA, 2.1 AA, 2.2 AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with one readable line per violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const lines = results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`)
	);
	expect(lines, 'axe violations').toEqual([]);
}

/** The page's one polite live region. */
export function announcer(page: Page): Locator {
	return page.getByRole('status');
}

export interface PublishedEvent {
	id: string;
	title: string;
	when: { text: string | null; start: string; end: string; precision: string; basis: string };
	excerpts: { source: string; exact: string; start: number; end: number }[];
}

/** The story as published at /stories/<id>.json: its events in time order. */
export async function publishedEvents(request: APIRequestContext): Promise<PublishedEvent[]> {
	const response = await request.get(`/stories/${storyId}.json`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { events: PublishedEvent[] }).events;
}

/** Waits until the page has hydrated: the timeline has drawn its marks. */
export async function interactive(page: Page): Promise<void> {
	await expect(page.locator('.mark').first()).toBeVisible();
}

/** Whether an event's drawn shape lies wholly inside the visible plot. */
export async function shapeInsidePlot(page: Page, id: string): Promise<boolean> {
	const plot = await page.locator('.plot').boundingBox();
	const shape = await mark(page, id).locator('.point, .bar').first().boundingBox();
	if (!plot || !shape) return false;
	return (
		shape.x >= plot.x - 0.5 &&
		shape.x + Math.min(shape.width, plot.width) <= plot.x + plot.width + 0.5
	);
}

/** The id of the event that has focus, or null. */
export function focusedEventId(page: Page): Promise<string | null> {
	return page.evaluate(
		() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null
	);
}
