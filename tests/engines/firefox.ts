import { existsSync } from 'node:fs';
import puppeteer, {
	type Browser,
	type BrowserContext,
	type ElementHandle,
	type Frame,
	type KeyInput,
	type Mouse,
	type Page as PuppeteerPage
} from 'puppeteer-core';
import { firefoxPath } from '../browser.js';
import type { Context, Element, Engine, LaunchOptions, KeyName, Page, Point } from './driver';

/**
 * Firefox as installed (Debian's `firefox-esr`), headless, driven by puppeteer-core over
 * WebDriver BiDi: real mouse, wheel (with Ctrl), keyboard and touch input.
 */

/**
 * Brings a point of a document's viewport into the page's view (scrolling each frame's parent
 * as needed) and says where it lies there: the identity for the page's own document.
 */
type Origin = (point: Point) => Promise<Point>;

const pageOrigin: Origin = async (point) => point;

class FirefoxElement implements Element {
	constructor(
		readonly native: ElementHandle<globalThis.Element>,
		private readonly mouse: Mouse,
		readonly origin: Origin
	) {}
	async click() {
		if (this.origin === pageOrigin) return this.native.click();
		// Puppeteer finds where a frame's element is through a BiDi locator Firefox ESR 140
		// lacks: the mouse clicks at the middle of the element, found here frame by frame.
		const at = await this.middle();
		await this.mouse.click(at.x, at.y);
	}
	press(key: KeyName) {
		return this.native.press(key as KeyInput);
	}
	/** The middle of the element, scrolled into view, in the page's viewport. */
	private async middle(): Promise<Point> {
		const middle = await this.native.evaluate((el) => {
			el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
			const { x, y, width, height } = el.getBoundingClientRect();
			return { x: x + width / 2, y: y + height / 2 };
		});
		return this.origin(middle);
	}
	attribute(name: string) {
		return this.native.evaluate((el, name) => el.getAttribute(name), name);
	}
	text() {
		return this.native.evaluate((el) => (el as HTMLElement).innerText);
	}
	displayed() {
		return this.native.isVisible();
	}
	selected() {
		return this.native.evaluate((el) => (el as HTMLInputElement).checked);
	}
}

const native = (arg: unknown) => (arg instanceof FirefoxElement ? arg.native : arg);

/** A function that runs `body` (a function's source) on its arguments, for `evaluate`. */
const runner = (body: string) =>
	new Function('...args', `return (${body})(...args)`) as (...args: unknown[]) => unknown;

class FirefoxContext implements Context {
	constructor(
		private readonly frame: Frame,
		protected readonly mouse: Mouse,
		protected readonly origin: Origin
	) {}
	protected element(handle: ElementHandle<globalThis.Element>) {
		return new FirefoxElement(handle, this.mouse, this.origin);
	}
	run<T>(body: string, ...args: unknown[]): Promise<T> {
		return this.frame.evaluate(runner(body), ...args.map(native)) as Promise<T>;
	}
	async find(css: string) {
		const handle = await this.frame.$(css);
		if (!handle) throw new Error(`no element matches ${css}`);
		return this.element(handle);
	}
	async findXPath(xpath: string) {
		const handle = await this.frame.$(`::-p-xpath(${xpath})`);
		if (!handle) throw new Error(`no element matches ${xpath}`);
		return this.element(handle as ElementHandle<globalThis.Element>);
	}
}

class FirefoxPage extends FirefoxContext implements Page {
	readonly engine = 'firefox';
	readonly missing = {};

	constructor(
		private readonly page: PuppeteerPage,
		private readonly context: BrowserContext
	) {
		super(page.mainFrame(), page.mouse, pageOrigin);
	}
	async goto(url: string) {
		await this.page.goto(url);
	}
	async reload() {
		await this.page.reload();
	}
	async url() {
		return this.page.url();
	}
	async resize(width: number, height: number) {
		// Puppeteer sets the viewport and, alongside, a screen orientation, which Firefox ESR 140
		// does not know: that fails at once, and the viewport lands a moment later.
		await this.page.setViewport({ width, height }).catch((error: Error) => {
			if (!error.message.includes('setScreenOrientationOverride')) throw error;
		});
		let size: [number, number] = [0, 0];
		for (let attempt = 0; attempt < 50; attempt++) {
			size = await this.run<[number, number]>('() => [innerWidth, innerHeight]');
			if (size[0] === width && size[1] === height) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`the viewport stayed ${size.join(' × ')}, not ${width} × ${height}`);
	}
	press(key: KeyName) {
		return this.page.keyboard.press(key as KeyInput);
	}
	async drag(path: Point[]) {
		const [first, ...rest] = path;
		if (!first) throw new Error('a drag needs a point');
		await this.page.mouse.move(first.x, first.y);
		await this.page.mouse.down();
		for (const point of rest) await this.page.mouse.move(point.x, point.y);
		await this.page.mouse.up();
	}
	async wheel(element: Element, deltaY: number, options: { ctrl?: boolean } = {}) {
		await (element as FirefoxElement).native.hover();
		if (options.ctrl) await this.page.keyboard.down('Control');
		try {
			await this.page.mouse.wheel({ deltaY });
		} finally {
			if (options.ctrl) await this.page.keyboard.up('Control');
		}
	}
	tap(element: Element) {
		return (element as FirefoxElement).native.tap();
	}
	async inFrame<T>(frame: Element, step: (frame: Context) => Promise<T>): Promise<T> {
		const { native: handle, origin: parent } = frame as FirefoxElement;
		const content = await handle.contentFrame();
		if (!content) throw new Error('not a frame');
		const origin: Origin = async (point) => {
			// The point in the parent's viewport, scrolled into it there.
			const inParent = await handle.evaluate((el, point) => {
				const at = () => {
					const box = el.getBoundingClientRect();
					const style = getComputedStyle(el);
					return {
						x: box.x + el.clientLeft + parseFloat(style.paddingLeft) + point.x,
						y: box.y + el.clientTop + parseFloat(style.paddingTop) + point.y
					};
				};
				const { x, y } = at();
				const view = el.ownerDocument.defaultView!;
				if (x < 0 || x >= view.innerWidth || y < 0 || y >= view.innerHeight)
					view.scrollBy(x - view.innerWidth / 2, y - view.innerHeight / 2);
				return at();
			}, point);
			return parent(inParent);
		};
		return step(new FirefoxContext(content, this.mouse, origin));
	}
	close() {
		return this.context.close();
	}
}

/** One headless Firefox; each test gets a page in a fresh browser context of its own. */
export async function startFirefox({ timezone }: LaunchOptions): Promise<Engine> {
	if (!existsSync(firefoxPath))
		throw new Error(
			`${firefoxPath} not found: install Debian's firefox-esr (bash .ci/run does), or set FIREFOX_PATH`
		);
	const browser: Browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: true,
		// Puppeteer's own default viewport would be set through a command Firefox ESR 140 lacks.
		defaultViewport: null,
		env: { ...process.env, TZ: timezone }
	});
	return {
		async page() {
			const context = await browser.createBrowserContext();
			const page = new FirefoxPage(await context.newPage(), context);
			await page.resize(1280, 900);
			return page;
		},
		close: () => browser.close()
	};
}
