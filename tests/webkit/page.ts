import type { WebDriver, WebElement } from 'selenium-webdriver';
import { By } from 'selenium-webdriver';
import { expect } from './fixtures';

/** Page helpers over a WebDriver session: what the Playwright specs get from locators. */

export const storyId = 'starmer-washington-week';
export const storyPath = `/stories/${storyId}`;

/** Runs `body` (a function's source, taking `args`) in the page and returns its result. */
export function inPage<T>(driver: WebDriver, body: string, ...args: unknown[]): Promise<T> {
	return driver.executeScript<T>(`return (${body})(...arguments)`, ...args);
}

/** Opens `url` and waits until the page has hydrated, so its controls have their handlers. */
export async function openInteractive(driver: WebDriver, url: string): Promise<void> {
	await driver.get(url);
	// The first page a fresh browser opens compiles the scripts: seconds on a busy machine.
	await expect
		.poll(() => inPage(driver, '() => document.documentElement.hasAttribute("data-hydrated")'), {
			timeout: 30_000
		})
		.toBe(true);
}

export function find(driver: WebDriver, css: string): Promise<WebElement> {
	return driver.findElement(By.css(css));
}

export function mark(driver: WebDriver, id: string): Promise<WebElement> {
	return find(driver, `.mark[data-event-id="${id}"]`);
}

/** A button by its accessible name (aria-label or text). */
export function button(driver: WebDriver, name: string): Promise<WebElement> {
	return driver.findElement(
		By.xpath(`//button[@aria-label="${name}" or normalize-space(.)="${name}"]`)
	);
}

/** Left edge of an event's drawn shape (point or bar), in viewport pixels. */
export function shapeX(driver: WebDriver, id: string): Promise<number> {
	return inPage(
		driver,
		`(id) => document.querySelector('.mark[data-event-id="' + id + '"]')
			.querySelector('.point, .bar').getBoundingClientRect().x`,
		id
	);
}

/** The time on screen, from the plot's hooks for host pages. */
export function visibleSpan(driver: WebDriver): Promise<number> {
	return inPage(
		driver,
		`() => {
			const plot = document.querySelector('[data-sourceline-plot]');
			return Date.parse(plot.dataset.visibleEnd) - Date.parse(plot.dataset.visibleStart);
		}`
	);
}

/** Whether `element` lies wholly inside the viewport. */
export function inViewport(driver: WebDriver, element: WebElement): Promise<boolean> {
	return inPage(
		driver,
		`(el) => {
			const box = el.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
		}`,
		element
	);
}

/** The id of the event that has focus, or null. */
export function focusedEventId(driver: WebDriver): Promise<string | null> {
	return inPage(driver, '() => document.activeElement?.dataset.eventId ?? null');
}

export function currentSearch(driver: WebDriver): Promise<string> {
	return inPage(driver, '() => location.search');
}

/**
 * The pointer moves over the middle of `element`, then the wheel turns `deltaY` pixels there
 * (`scroll` is missing from @types/selenium-webdriver).
 */
export async function wheel(driver: WebDriver, element: WebElement, deltaY: number): Promise<void> {
	await driver.actions().move({ origin: element }).perform();
	const actions = driver.actions() as unknown as {
		scroll(
			x: number,
			y: number,
			dx: number,
			dy: number,
			origin: WebElement
		): { perform(): Promise<void> };
	};
	await actions.scroll(0, 0, 0, deltaY, element).perform();
}
