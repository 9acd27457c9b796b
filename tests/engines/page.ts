import type { Context, Element, Page } from './driver';
import { expect } from './fixtures';

/** Page helpers over any engine's driver: what the Playwright specs get from locators. */

export const storyId = 'starmer-washington-week';
export const storyPath = `/stories/${storyId}`;

/** Runs `body` (a function's source, taking `args`) in the page and returns its result. */
export function inPage<T>(context: Context, body: string, ...args: unknown[]): Promise<T> {
	return context.run<T>(body, ...args);
}

/** Opens `url` and waits until the page has hydrated, so its controls have their handlers. */
export async function openInteractive(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await hydrated(page);
}

/** Waits until the document has hydrated. */
export async function hydrated(context: Context): Promise<void> {
	// The first page a fresh browser opens compiles the scripts: seconds on a busy machine.
	await expect
		.poll(() => inPage(context, '() => document.documentElement.hasAttribute("data-hydrated")'), {
			timeout: 30_000
		})
		.toBe(true);
}

export function find(context: Context, css: string): Promise<Element> {
	return context.find(css);
}

export function mark(context: Context, id: string): Promise<Element> {
	return find(context, `.mark[data-event-id="${id}"]`);
}

/** A button by its accessible name (aria-label or text). */
export function button(context: Context, name: string): Promise<Element> {
	return context.findXPath(`//button[@aria-label="${name}" or normalize-space(.)="${name}"]`);
}

/** Left edge of an event's drawn shape (point or bar), in viewport pixels. */
export function shapeX(context: Context, id: string): Promise<number> {
	return inPage(
		context,
		`(id) => document.querySelector('.mark[data-event-id="' + id + '"]')
			.querySelector('.point, .bar').getBoundingClientRect().x`,
		id
	);
}

/** The time on screen, from the plot's hooks for host pages. */
export function visibleSpan(context: Context): Promise<number> {
	return inPage(
		context,
		`() => {
			const plot = document.querySelector('[data-sourceline-plot]');
			return Date.parse(plot.dataset.visibleEnd) - Date.parse(plot.dataset.visibleStart);
		}`
	);
}

/** Whether `element` lies wholly inside the viewport. */
export function inViewport(context: Context, element: Element): Promise<boolean> {
	return inPage(
		context,
		`(el) => {
			const box = el.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
		}`,
		element
	);
}

/** The id of the event that has focus, or null. */
export function focusedEventId(context: Context): Promise<string | null> {
	return inPage(context, '() => document.activeElement?.dataset.eventId ?? null');
}

export function currentSearch(context: Context): Promise<string> {
	return inPage(context, '() => location.search');
}

/** Whether the page's scroll position holds for a few tenths of a second (no scroll moving). */
export function scrollHoldsStill(context: Context): Promise<boolean> {
	return inPage(
		context,
		`() => new Promise((resolve) => {
			const start = [scrollX, scrollY];
			setTimeout(() => resolve(scrollX === start[0] && scrollY === start[1]), 300);
		})`
	);
}
