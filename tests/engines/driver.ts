/**
 * What the engine journeys ask of a browser, whatever drives it: WebKit through WebKitGTK's
 * WebDriver server (`webkit.ts`), Firefox over WebDriver BiDi (`firefox.ts`). Input is real
 * input through the driver: clicks, keys, wheel, pointer drags and, where the engine has
 * them, taps.
 */

export type EngineName = 'webkit' | 'firefox';

/** Input an engine's driver may be unable to send; each says why where it is missing. */
export type Input = 'touch' | 'ctrlWheel';

/** A key, by its name in `KeyboardEvent.key` ('+', '0', 'ArrowRight', 'End', …). */
export type KeyName = string;

export interface Point {
	x: number;
	y: number;
}

/** An element of the page, found by a `Context`. */
export interface Element {
	click(): Promise<void>;
	/** Focuses the element and presses `key` there. */
	press(key: KeyName): Promise<void>;
	attribute(name: string): Promise<string | null>;
	/** The text as rendered (what `innerText` gives). */
	text(): Promise<string>;
	/** Rendered, with a size, and not hidden by style. */
	displayed(): Promise<boolean>;
	/** A checked radio button or box. */
	selected(): Promise<boolean>;
}

/** A document: the page's or a frame's. */
export interface Context {
	/** Runs `body` (a function's source, taking `args`) here; Elements pass as DOM nodes. */
	run<T>(body: string, ...args: unknown[]): Promise<T>;
	/** The first element matching `css`; throws when none does. */
	find(css: string): Promise<Element>;
	/** The first element matching `xpath`; throws when none does. */
	findXPath(xpath: string): Promise<Element>;
}

/** A browser tab, readied for one test. */
export interface Page extends Context {
	readonly engine: EngineName;
	/** Input this engine's driver cannot send, with the reason. */
	readonly missing: Partial<Record<Input, string>>;
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	url(): Promise<string>;
	/** Sets the viewport (not the window) to `width` × `height` CSS pixels. */
	resize(width: number, height: number): Promise<void>;
	/** Presses `key` on the focused element. */
	press(key: KeyName): Promise<void>;
	/** The pointer presses at the first point, moves through the others, releases at the last. */
	drag(path: Point[]): Promise<void>;
	/** The pointer moves over the middle of `element`, then the wheel turns `deltaY` pixels. */
	wheel(element: Element, deltaY: number, options?: { ctrl?: boolean }): Promise<void>;
	/** A finger taps the middle of `element`. */
	tap(element: Element): Promise<void>;
	/** Runs `step` in the document of `frame` (an iframe element). */
	inFrame<T>(frame: Element, step: (frame: Context) => Promise<T>): Promise<T>;
	/** Done with the page: what it stored goes with it. */
	close(): Promise<void>;
}

/** Where the browser starts: `timezone` is the reader's own clock zone. */
export interface LaunchOptions {
	timezone: string;
}

/** A running browser: hands out a fresh page per test. */
export interface Engine {
	/** A page at 1280 × 900 with the site's storage empty, showing nothing. */
	page(site: string): Promise<Page>;
	close(): Promise<void>;
}
