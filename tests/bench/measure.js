// Measures one timeline drawing one story in a fresh browser context: bytes shipped, time to
// drawn, heap and DOM size, then frames and long tasks while zooming and while dragging.
// Every phase has a time limit; a case past it is reported as timed out, never waited on.
import { gzipSync } from 'node:zlib';
import { installProbe } from './probe.js';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./probe.js').BenchWindow} BenchWindow */
/** @typedef {import('./probe.js').ProbeConfig} ProbeConfig */
/** @typedef {import('./probe.js').FrameRecord} FrameRecord */

/**
 * @typedef {{
 *   url: string,
 *   probe: ProbeConfig,
 *   interactiveSelector?: string,
 *   plotSelector: string,
 *   dragSelector: string,
 *   zoom: { kind: 'wheel' } | { kind: 'buttons', zoomIn: string, zoomOut: string, note: string }
 * }} Case
 * @typedef {{ p50: number, p95: number, frames: number, longTasks: number, longestTask: number,
 *   applied: number, steps: number, timedOut: boolean }} GestureFigures
 * @typedef {{ applied: number }} Progress
 * @typedef {{
 *   status: 'ok' | 'refused' | 'timed out' | 'failed' | 'skipped',
 *   note?: string,
 *   jsKB?: number, cssKB?: number, dataKB?: number,
 *   drawnMs?: number, drawnBy?: string,
 *   loadLongTasks?: number, loadLongestTask?: number,
 *   heapMB?: number | string, domElements?: number,
 *   zoom?: GestureFigures | string, drag?: GestureFigures | string
 * }} CaseResult
 */

export const LIMITS = { loadMs: 60_000, gestureMs: 30_000, heapMs: 20_000 };
const ZOOM_STEPS = [...Array(10).fill(-25), ...Array(10).fill(25)];
const DRAG_STEPS = 20;
const DRAG_STEP_PX = 15;

class TimedOut extends Error {}

/**
 * @template T
 * @param {Promise<T>} promise @param {number} ms @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, ms, what) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	const limit = new Promise((_, fail) => {
		timer = setTimeout(() => fail(new TimedOut(`${what}: timed out after ${ms / 1000} s`)), ms);
	});
	return /** @type {Promise<T>} */ (Promise.race([promise, limit])).finally(() =>
		clearTimeout(timer)
	);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** @param {number[]} sorted @param {number} q */
function quantile(sorted, q) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/**
 * @param {FrameRecord} record @param {number} applied @param {number} steps @param {boolean} timedOut
 * @returns {GestureFigures}
 */
function gestureFigures(record, applied, steps, timedOut) {
	const sorted = [...record.frames].sort((a, b) => a - b);
	return {
		p50: quantile(sorted, 0.5),
		p95: quantile(sorted, 0.95),
		frames: sorted.length,
		longTasks: record.longTasks.length,
		longestTask: Math.max(0, ...record.longTasks.map((task) => task.duration)),
		applied,
		steps,
		timedOut
	};
}

/**
 * The middle of the part of `selector`'s box that is on screen.
 * @param {Page} page @param {string} selector
 */
async function visibleCentre(page, selector) {
	const box = await page.evaluate((selector) => {
		const element = document.querySelector(selector);
		if (!element) return null;
		const r = element.getBoundingClientRect();
		const left = Math.max(0, r.left);
		const right = Math.min(innerWidth, r.right);
		const top = Math.max(0, r.top);
		const bottom = Math.min(innerHeight, r.bottom);
		return right > left && bottom > top ? { x: (left + right) / 2, y: (top + bottom) / 2 } : null;
	}, selector);
	if (!box) throw new Error(`nothing on screen matches ${selector}`);
	return box;
}

/** @param {Page} page */
const view = (page) =>
	page.evaluate(() => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.view());
/** @param {Page} page */
const nextFrame = (page) =>
	page.evaluate(() =>
		/** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.nextFrame()
	);

/** @param {Page} page @param {Case} testCase @param {number} deltaY */
async function zoomStep(page, testCase, deltaY) {
	if (testCase.zoom.kind === 'wheel') {
		await page.mouse.wheel(0, deltaY);
		return;
	}
	const button = deltaY < 0 ? testCase.zoom.zoomIn : testCase.zoom.zoomOut;
	const { x, y } = await visibleCentre(page, button);
	await page.mouse.click(x, y);
}

/**
 * Ten steps in then ten out over the plot, a frame between steps, Ctrl held for the wheel.
 * @param {Page} page @param {Case} testCase @param {Progress} progress
 */
async function zoomGesture(page, testCase, progress) {
	const centre = await visibleCentre(page, testCase.plotSelector);
	await page.mouse.move(centre.x, centre.y);
	await page.evaluate(() =>
		/** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.startFrames()
	);
	if (testCase.zoom.kind === 'wheel') await page.keyboard.down('Control');
	for (const deltaY of ZOOM_STEPS) {
		const before = await view(page);
		await zoomStep(page, testCase, deltaY);
		if (testCase.zoom.kind !== 'wheel') await page.mouse.move(centre.x, centre.y);
		await nextFrame(page);
		if ((await view(page)) !== before) progress.applied++;
	}
	if (testCase.zoom.kind === 'wheel') await page.keyboard.up('Control');
	return finishGesture(page, progress.applied, ZOOM_STEPS.length);
}

/**
 * Zooms in a little first (not measured: at the fitted view there may be nowhere to pan),
 * then drags the plot 300 px to the left in 20 moves, a frame between moves.
 * @param {Page} page @param {Case} testCase @param {Progress} progress
 */
async function dragGesture(page, testCase, progress) {
	const centre = await visibleCentre(page, testCase.plotSelector);
	await page.mouse.move(centre.x, centre.y);
	if (testCase.zoom.kind === 'wheel') await page.keyboard.down('Control');
	for (let i = 0; i < 5; i++) {
		await zoomStep(page, testCase, -25);
		await nextFrame(page);
	}
	if (testCase.zoom.kind === 'wheel') await page.keyboard.up('Control');
	await settle(page);
	const { x, y } = await visibleCentre(page, testCase.dragSelector);
	const before = await view(page);
	await page.evaluate(() =>
		/** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.startFrames()
	);
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let i = 1; i <= DRAG_STEPS; i++) {
		await page.mouse.move(x - i * DRAG_STEP_PX, y);
		await nextFrame(page);
	}
	await page.mouse.up();
	if ((await view(page)) !== before) progress.applied = 1;
	return finishGesture(page, progress.applied, 1);
}

/** Two more frames so the last step is drawn, then the record (long tasks arrive late). */
async function finishGesture(
	/** @type {Page} */ page,
	/** @type {number} */ applied,
	/** @type {number} */ steps
) {
	await nextFrame(page);
	await nextFrame(page);
	await sleep(100);
	const record = await page.evaluate(() =>
		/** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.stopFrames()
	);
	return gestureFigures(record, applied, steps, false);
}

/** Waits until no long task has started for half a second (at most 10 s). @param {Page} page */
async function settle(page) {
	const started = Date.now();
	await sleep(300);
	while (Date.now() - started < 10_000) {
		const quiet = await page.evaluate(() => {
			const { longTasks } = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench;
			const last = longTasks.at(-1);
			return !last || performance.now() - (last.start + last.duration) > 500;
		});
		if (quiet) return;
		await sleep(200);
	}
}

/**
 * @param {Browser} browser @param {Case} testCase
 * @returns {Promise<CaseResult>}
 */
export async function measureCase(browser, testCase) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: 'en-GB',
		timezoneId: 'Europe/London'
	});
	/** @type {CaseResult} */
	const result = { status: 'ok' };
	/** @type {Promise<void>[]} */
	const bodies = [];
	const bytes = { js: 0, css: 0, data: 0 };
	/** What was loaded, also when the case went no further than loading. */
	const countBytes = async () => {
		await within(Promise.all(bodies.splice(0)), 10_000, 'bytes').catch(() => undefined);
		result.jsKB = bytes.js / 1024;
		result.cssKB = bytes.css / 1024;
		result.dataKB = bytes.data / 1024;
	};
	try {
		const page = await context.newPage();
		await page.addInitScript(installProbe, testCase.probe);
		page.on('response', (response) => {
			const type = response.request().resourceType();
			const kind =
				type === 'script'
					? 'js'
					: type === 'stylesheet'
						? 'css'
						: type === 'fetch' || type === 'xhr'
							? 'data'
							: null;
			if (!kind) return;
			if (kind === 'data') {
				// The file's size as served (an embed may stop reading a file over its cap).
				bytes.data += Number(response.headers()['content-length'] ?? 0);
				return;
			}
			bodies.push(
				response.body().then(
					(body) => {
						bytes[kind] += gzipSync(body, { level: 9 }).length;
					},
					() => undefined
				)
			);
		});

		await within(
			(async () => {
				await page.goto(testCase.url, { waitUntil: 'commit' });
				await page.waitForFunction(
					() => {
						const probe = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench;
						return Boolean(probe && (probe.drawn || probe.problem));
					},
					undefined,
					{ polling: 100, timeout: 0 }
				);
			})(),
			LIMITS.loadMs,
			'loading'
		);
		const state = await page.evaluate(() => {
			const { drawn, problem, longTasks } = /** @type {BenchWindow} */ (
				/** @type {unknown} */ (window)
			).__bench;
			return { drawn, problem, longTasks };
		});
		await countBytes();
		if (!state.drawn) {
			result.status = 'refused';
			result.note = state.problem ?? 'no timeline';
			return result;
		}
		result.drawnMs = state.drawn.at;
		result.drawnBy = state.drawn.by;
		const loading = state.longTasks.filter((task) => task.start < (state.drawn?.at ?? 0));
		result.loadLongTasks = loading.length;
		result.loadLongestTask = Math.max(0, ...loading.map((task) => task.duration));

		// A page drawn before its scripts ran (prerendered) is zoomed once they have.
		if (testCase.interactiveSelector)
			await within(
				page.locator(testCase.interactiveSelector).waitFor({ state: 'attached', timeout: 0 }),
				LIMITS.loadMs,
				'hydrating'
			);
		await within(settle(page), LIMITS.gestureMs, 'settling');
		const cdp = await context.newCDPSession(page);
		result.heapMB = await within(heapMB(cdp), LIMITS.heapMs, 'heap').catch(() => 'timed out');
		result.domElements = await within(
			page.evaluate(() => document.getElementsByTagName('*').length),
			LIMITS.heapMs,
			'counting elements'
		);

		result.zoom = await gesture(
			page,
			(progress) => zoomGesture(page, testCase, progress),
			ZOOM_STEPS.length
		);
		if (typeof result.zoom === 'string' || result.zoom.timedOut) {
			result.drag = 'not run';
			return result;
		}
		// A page drawn before its scripts ran (prerendered) is zoomed once they have.
		if (testCase.interactiveSelector)
			await within(
				page.locator(testCase.interactiveSelector).waitFor({ state: 'attached', timeout: 0 }),
				LIMITS.loadMs,
				'hydrating'
			);
		await within(settle(page), LIMITS.gestureMs, 'settling');
		result.drag = await gesture(page, (progress) => dragGesture(page, testCase, progress), 1);
		return result;
	} catch (error) {
		if (result.jsKB === undefined) await countBytes();
		if (error instanceof TimedOut) {
			result.status = 'timed out';
			result.note = error.message;
		} else {
			result.status = 'failed';
			result.note = error instanceof Error ? error.message.split('\n')[0] : String(error);
		}
		return result;
	} finally {
		// A renderer stuck in a long task may not answer: don't wait on it for ever.
		await within(context.close(), 10_000, 'closing').catch(() => undefined);
	}
}

/**
 * JS heap in use after a garbage collection.
 * @param {import('@playwright/test').CDPSession} cdp
 */
async function heapMB(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.send('Performance.disable');
	return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

/**
 * A gesture's figures; past the time limit, the figures of the steps it got through, if the
 * page still answers, or else why there are none.
 * @param {Page} page @param {(progress: Progress) => Promise<GestureFigures>} run
 * @param {number} steps
 * @returns {Promise<GestureFigures | string>}
 */
async function gesture(page, run, steps) {
	const progress = { applied: 0 };
	try {
		return await within(run(progress), LIMITS.gestureMs, 'gesture');
	} catch (error) {
		if (!(error instanceof TimedOut))
			return `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
		const record = await within(
			page.evaluate(() =>
				/** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.stopFrames()
			),
			5_000,
			'frames'
		).catch(() => null);
		return record ? gestureFigures(record, progress.applied, steps, true) : 'timed out';
	}
}
