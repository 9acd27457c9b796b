// The benchmark's phone profile: a 390 × 844 touch screen, the CPU slowed 4× and a slow 4G
// network, both through the DevTools protocol. Per timeline: time to drawn, time until a tap
// on an event first takes effect (tapped again and again from the first moment an event is on
// screen, so a page drawn before its scripts run is timed until it answers), and the delay from
// a tap on another event to its passage (the words of its source) on screen.
import { installProbe } from './probe.js';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Frame} Frame */
/** @typedef {import('./probe.js').BenchWindow} BenchWindow */

/**
 * Chrome DevTools' "Slow 4G", as Lighthouse throttles a phone with DevTools: 150 ms of round
 * trip × 3.75 (its allowance for a real network), 1.6 Mbps down and 750 kbps up × 0.9.
 */
export const SLOW_4G = {
	offline: false,
	latency: 562.5,
	downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
	uploadThroughput: (750 * 1024 * 0.9) / 8
};
export const CPU_SLOWDOWN = 4;
export const PHONE_VIEWPORT = { width: 390, height: 844 };
const LIMIT_MS = 90_000;
/** How long one tap is given to take effect before the next is sent. */
const TAP_WINDOW_MS = 400;

/**
 * @typedef {{
 *   url: string,
 *   framed?: boolean,
 *   probe: import('./probe.js').ProbeConfig,
 *   tapSelector: string,
 *   selectedSelector: string,
 *   passage: null | { kind: 'selector', selector: string } | { kind: 'headline', slideText: string }
 * }} PhoneCase
 * @typedef {{ status: 'ok' | 'timed out' | 'failed', note?: string, drawnMs?: number,
 *   firstInputMs?: number, taps?: number, tapToPassageMs?: number | string }} PhoneResult
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * The centre of the `index`-th element matching `selector` that is on screen, or null.
 * @param {Page | Frame} page @param {string} selector @param {number} index
 */
const onScreenCentre = (page, selector, index) =>
	page.evaluate(
		([selector, index]) => {
			const seen = [];
			for (const element of document.querySelectorAll(String(selector))) {
				const r = element.getBoundingClientRect();
				const x = (Math.max(0, r.left) + Math.min(innerWidth, r.right)) / 2;
				const y = (Math.max(0, r.top) + Math.min(innerHeight, r.bottom)) / 2;
				if (r.width <= 0 || r.height <= 0 || r.right < 0 || r.bottom < 0) continue;
				if (r.left > innerWidth || r.top > innerHeight) continue;
				// Only what a finger there would touch: not covered by something else.
				const hit = document.elementFromPoint(x, y);
				if (!hit || !(element === hit || element.contains(hit))) continue;
				seen.push({ element, x, y, text: element.textContent?.trim().replace(/\s+/g, ' ') ?? '' });
				const found = seen[Number(index)];
				if (found) {
					// The element tapped, whose selection is then watched (selectedAt).
					for (const old of document.querySelectorAll('[data-bench-tapped]'))
						old.removeAttribute('data-bench-tapped');
					found.element.setAttribute('data-bench-tapped', '');
					return { x: found.x, y: found.y, text: found.text };
				}
			}
			return null;
		},
		[selector, index]
	);

/**
 * Resolves with the page's clock once the element last tapped, or an element around it, matches
 * `selector` (selected), checked once a frame.
 * @param {Page | Frame} page @param {string} selector @param {number} timeout
 */
const selectedAt = (page, selector, timeout) =>
	page
		.waitForFunction(
			(selector) =>
				document.querySelector('[data-bench-tapped]')?.closest(selector)
					? performance.now()
					: false,
			selector,
			{ polling: 'raf', timeout }
		)
		.then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()));

/**
 * Resolves with the page's clock when `selector` first matches something on screen (or text
 * `text` shows in an element of it), checked once a frame.
 * @param {Page | Frame} page @param {string} selector @param {string | null} text @param {number} timeout
 */
function shownAt(page, selector, text, timeout) {
	return page
		.waitForFunction(
			([selector, text]) => {
				for (const element of document.querySelectorAll(String(selector))) {
					const r = element.getBoundingClientRect();
					const visible =
						r.width > 0 &&
						r.height > 0 &&
						r.bottom > 0 &&
						r.right > 0 &&
						r.top < innerHeight &&
						r.left < innerWidth &&
						element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
					const matches = !text || element.textContent?.trim().replace(/\s+/g, ' ') === text;
					if (visible && matches) return performance.now();
				}
				return false;
			},
			[selector, text],
			{ polling: 'raf', timeout }
		)
		.then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()));
}

/**
 * One timeline on the phone profile, in a fresh context.
 * @param {Browser} browser @param {PhoneCase} testCase
 * @returns {Promise<PhoneResult>}
 */
export async function measurePhoneCase(browser, testCase) {
	const context = await browser.newContext({
		viewport: PHONE_VIEWPORT,
		hasTouch: true,
		isMobile: true,
		locale: 'en-GB',
		timezoneId: 'Europe/London'
	});
	/** @type {PhoneResult} */
	const result = { status: 'ok' };
	const started = Date.now();
	const left = () => Math.max(1, LIMIT_MS - (Date.now() - started));
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
		await page.addInitScript(installProbe, testCase.probe);
		await page.goto(testCase.url, { waitUntil: 'commit', timeout: LIMIT_MS });
		// A framed embed fills the screen from its top left: its coordinates are the page's.
		/** @type {Page | Frame} */
		let scope = page;
		if (testCase.framed) {
			const element = await page.waitForSelector('iframe', { state: 'attached', timeout: left() });
			const frame = await element.contentFrame();
			if (!frame) throw new Error('the embed frame did not start');
			scope = frame;
		}

		// Tap the first event on screen until a tap takes effect.
		let taps = 0;
		for (;;) {
			if (Date.now() - started > LIMIT_MS) throw new Error('no tap took effect in time');
			const target = await onScreenCentre(scope, testCase.tapSelector, 0);
			if (!target) {
				await sleep(50);
				continue;
			}
			// A tap that is still being handled must not be undone by the next one.
			const already = await selectedAt(scope, testCase.selectedSelector, 50).catch(() => null);
			if (already !== null) {
				result.firstInputMs = already;
				break;
			}
			await page.touchscreen.tap(target.x, target.y);
			taps++;
			const at = await selectedAt(scope, testCase.selectedSelector, TAP_WINDOW_MS).catch(
				() => null
			);
			if (at !== null) {
				result.firstInputMs = at;
				break;
			}
		}
		result.taps = taps;
		await scope.waitForFunction(
			() => Boolean(/** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.drawn),
			undefined,
			{ timeout: left() }
		);
		result.drawnMs = await scope.evaluate(
			() => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.drawn?.at ?? NaN
		);

		// Then another event: from the tap to its passage on screen.
		if (!testCase.passage) {
			result.tapToPassageMs = 'no passage view';
			return result;
		}
		await sleep(1_000);
		const other = await onScreenCentre(scope, testCase.tapSelector, 1);
		if (!other) {
			result.tapToPassageMs = 'no second event on screen';
			return result;
		}
		const tappedAt = await scope.evaluate(() => performance.now());
		await page.touchscreen.tap(other.x, other.y);
		const passage = testCase.passage;
		const shown =
			passage.kind === 'selector'
				? shownAt(scope, passage.selector, null, left())
				: shownAt(scope, passage.slideText, other.text, left());
		result.tapToPassageMs = (await shown) - tappedAt;
		return result;
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		result.status = /timeout|in time/i.test(message ?? '') ? 'timed out' : 'failed';
		result.note = message;
		return result;
	} finally {
		await Promise.race([context.close(), sleep(10_000)]).catch(() => undefined);
	}
}
