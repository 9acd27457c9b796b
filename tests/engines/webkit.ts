import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { webkitDriverPath } from '../browser.js';
import type { Context, Element, Engine, LaunchOptions, KeyName, Page, Point } from './driver';

/**
 * WebKit (WebKitGTK, Safari's engine) through its own WebDriver server, under a virtual
 * display. Debian's `webkit2gtk-driver` and `xvfb` packages provide both. Classic WebDriver
 * only: no touch, and a wheel carries no modifier keys.
 */

const missing = {
	touch: 'classic WebDriver (WebKitWebDriver) has no touch input',
	ctrlWheel: 'a wheel through classic WebDriver (WebKitWebDriver) carries no Ctrl'
};

/** WebDriver's codes for the keys the journeys press that are not characters. */
const KEYS: Record<string, string> = {
	ArrowLeft: Key.ARROW_LEFT,
	ArrowRight: Key.ARROW_RIGHT,
	ArrowUp: Key.ARROW_UP,
	ArrowDown: Key.ARROW_DOWN,
	Home: Key.HOME,
	End: Key.END,
	Enter: Key.ENTER,
	Escape: Key.ESCAPE,
	Tab: Key.TAB
};

const keyCode = (key: KeyName) => KEYS[key] ?? key;

/** A port the system has just handed out, so free for the driver to take. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (!address || typeof address === 'string') throw new Error('no port');
	return address.port;
}

/** Starts Xvfb on the first free display; resolves with its number once it accepts clients. */
function startDisplay(): Promise<{ display: string; process: ChildProcess }> {
	const xvfb = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'inherit', 'pipe']
		}
	);
	return new Promise((resolve, reject) => {
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
		xvfb.stdio[3]!.once('data', (data) =>
			resolve({ display: `:${String(data).trim()}`, process: xvfb })
		);
	});
}

async function waitForStatus(url: string, driver: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('WebKitWebDriver did not start');
}

function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill();
	});
}

class WebKitElement implements Element {
	constructor(readonly native: WebElement) {}
	click() {
		return this.native.click();
	}
	press(key: KeyName) {
		return this.native.sendKeys(keyCode(key));
	}
	attribute(name: string) {
		return this.native.getAttribute(name);
	}
	text() {
		return this.native.getText();
	}
	displayed() {
		return this.native.isDisplayed();
	}
	selected() {
		return this.native.isSelected();
	}
}

const native = (arg: unknown) => (arg instanceof WebKitElement ? arg.native : arg);

/** The session's current document: the page's, or a frame's once switched to. */
class WebKitContext implements Context {
	constructor(protected readonly driver: WebDriver) {}
	run<T>(body: string, ...args: unknown[]): Promise<T> {
		return this.driver.executeScript<T>(`return (${body})(...arguments)`, ...args.map(native));
	}
	async find(css: string) {
		return new WebKitElement(await this.driver.findElement(By.css(css)));
	}
	async findXPath(xpath: string) {
		return new WebKitElement(await this.driver.findElement(By.xpath(xpath)));
	}
}

class WebKitPage extends WebKitContext implements Page {
	readonly engine = 'webkit';
	readonly missing = missing;

	goto(url: string) {
		return this.driver.get(url);
	}
	reload() {
		return this.driver.navigate().refresh();
	}
	url() {
		return this.driver.getCurrentUrl();
	}
	async resize(width: number, height: number) {
		// The window is set, not the viewport: grow it by what its frame takes.
		const window = this.driver.manage().window();
		await window.setRect({ width, height });
		const [innerWidth, innerHeight] = await this.run<[number, number]>(
			'() => [innerWidth, innerHeight]'
		);
		await window.setRect({ width: 2 * width - innerWidth, height: 2 * height - innerHeight });
	}
	async press(key: KeyName) {
		await (await this.driver.switchTo().activeElement()).sendKeys(keyCode(key));
	}
	async drag(path: Point[]) {
		const [first, ...rest] = path;
		if (!first) throw new Error('a drag needs a point');
		let actions = this.driver.actions().move(first).press();
		for (const point of rest) actions = actions.move(point);
		await actions.release().perform();
	}
	async wheel(element: Element, deltaY: number, options: { ctrl?: boolean } = {}) {
		if (options.ctrl) throw new Error(missing.ctrlWheel);
		const origin = (element as WebKitElement).native;
		await this.driver.actions().move({ origin }).perform();
		// `scroll` is missing from @types/selenium-webdriver.
		const actions = this.driver.actions() as unknown as {
			scroll(
				x: number,
				y: number,
				dx: number,
				dy: number,
				origin: WebElement
			): { perform(): Promise<void> };
		};
		await actions.scroll(0, 0, 0, deltaY, origin).perform();
	}
	tap(): Promise<void> {
		throw new Error(missing.touch);
	}
	async inFrame<T>(frame: Element, step: (frame: Context) => Promise<T>): Promise<T> {
		await this.driver.switchTo().frame((frame as WebKitElement).native);
		try {
			return await step(this);
		} finally {
			await this.driver.switchTo().defaultContent();
		}
	}
	async close() {
		// The session serves the worker's next test: `WebKit.page` empties it then.
	}
}

/** WebKitGTK's WebDriver server with one browser (MiniBrowser), reused test after test. */
export async function startWebKit({ timezone }: LaunchOptions): Promise<Engine> {
	if (!existsSync(webkitDriverPath))
		throw new Error(
			`${webkitDriverPath} not found: install Debian's webkit2gtk-driver and xvfb (bash .ci/run does), or set WEBKIT_DRIVER_PATH`
		);
	const { display, process: xvfb } = await startDisplay();
	const port = await freePort();
	const server = spawn(webkitDriverPath, [`--port=${port}`], {
		// The browser it starts takes the reader's clock zone from here.
		env: { ...process.env, DISPLAY: display, TZ: timezone },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		await stopProcess(server);
		await stopProcess(xvfb);
	};
	let driver: WebDriver;
	try {
		await waitForStatus(url, server);
		driver = await new Builder()
			.usingServer(url)
			.withCapabilities({ browserName: 'MiniBrowser' })
			.build();
	} catch (error) {
		await stop();
		throw error;
	}
	const page = new WebKitPage(driver);
	return {
		async page(site) {
			// The site's storage emptied (a stored theme, say), the page blank.
			await driver.get(`${site}/favicon.svg`);
			await driver.executeScript('localStorage.clear(); sessionStorage.clear()');
			await driver.manage().deleteAllCookies();
			await driver.get('about:blank');
			await page.resize(1280, 900);
			return page;
		},
		async close() {
			try {
				await driver.quit();
			} finally {
				await stop();
			}
		}
	};
}
