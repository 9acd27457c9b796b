// Zooming across packing levels: Sourceline's embed from a URL, Ctrl + wheel in 20 steps of
// deltaY ±25 (ten in, ten out) over the plot, a frame between steps, at each story size and
// data shape. Prints, per case, the long tasks (PerformanceObserver 'longtask': how many, the
// longest, and at which steps), the p50 / p95 / worst frame (requestAnimationFrame deltas),
// and how many steps took effect. Run by run.js (after its own table) or on its own, after a
// build: `node tests/bench/zoomLevels.js` (BENCH_SIZES and ZOOM_SHAPES pick the cases, BENCH_BUILD another build folder;
// ZOOM_PROFILE=1 also prints the functions that took most time during the gesture, from a
// DevTools CPU profile). Asserts nothing: figures depend on the machine.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from '../browser.js';
import { installProbe } from './probe.js';
import { serve } from './server.js';
import { generateStory } from './stories.js';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./probe.js').BenchWindow} BenchWindow */
/**
 * @typedef {{ size: number, shape: string, steps: number, applied: number, frames: number,
 *   p50: number, p95: number, worstFrame: number, longTasks: number[], longTaskSteps: number[],
 *   drawnMs: number, hotspots?: string[] }} ZoomLevelFigures
 */

const STEPS = [...Array(10).fill(-25), ...Array(10).fill(25)];
const DATA = 'bench-results/zoom-data';

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) =>
	sorted.length === 0
		? NaN
		: (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN);

/** @param {Page} page @param {string} script @returns {Promise<unknown>} */
const bench = (page, script) =>
	page.evaluate(
		/** @returns {unknown} */
		(script) => {
			const probe = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench;
			return script === 'view'
				? probe.view()
				: script === 'frame'
					? probe.nextFrame().then(() => performance.now())
					: script === 'start'
						? probe.startFrames()
						: probe.stopFrames();
		},
		/** @type {'view' | 'frame' | 'start' | 'stop'} */ (script)
	);

/** Waits until no long task has started for 800 ms (at most 15 s). @param {Page} page */
async function settle(page) {
	const started = Date.now();
	while (Date.now() - started < 15_000) {
		await new Promise((done) => setTimeout(done, 300));
		const quiet = await page.evaluate(() => {
			const last = /** @type {BenchWindow} */ (
				/** @type {unknown} */ (window)
			).__bench.longTasks.at(-1);
			return !last || performance.now() - (last.start + last.duration) > 800;
		});
		if (quiet) return;
	}
}

/**
 * The self time of the heaviest functions in a CPU profile, for a look at what is long.
 * @param {{ nodes: Array<{ id: number, callFrame: { functionName: string, url: string,
 *   lineNumber: number }, hitCount?: number }>, samples?: number[], timeDeltas?: number[] }} profile
 */
function hotspots(profile) {
	/** @type {Map<number, number>} */
	const selfMs = new Map();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let s = 0; s < samples.length; s++)
		selfMs.set(samples[s] ?? 0, (selfMs.get(samples[s] ?? 0) ?? 0) + (deltas[s] ?? 0) / 1000);
	/** @type {Map<string, number>} */
	const byName = new Map();
	for (const node of profile.nodes) {
		const { functionName, url, lineNumber } = node.callFrame;
		const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
		byName.set(name, (byName.get(name) ?? 0) + (selfMs.get(node.id) ?? 0));
	}
	return [...byName]
		.sort((a, b) => b[1] - a[1])
		.slice(0, Number(process.env.ZOOM_TOP ?? 12))
		.map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

/**
 * What the main thread's tasks of 50 ms or more spent their time on, from a DevTools trace:
 * the time of each kind of work inside them (script, style, layout, paint…), summed.
 * @param {Buffer} buffer
 */
function breakdown(buffer) {
	/** @type {Array<{ name: string, ph: string, ts: number, dur?: number, tid: number }>} */
	const events = JSON.parse(buffer.toString()).traceEvents;
	const tasks = events.filter((e) => /RunTask$/.test(e.name) && (e.dur ?? 0) >= 50_000);
	/** @type {Map<string, number>} */
	const byName = new Map();
	for (const task of tasks) {
		const end = task.ts + (task.dur ?? 0);
		for (const e of events)
			if (e.tid === task.tid && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end)
				byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
	}
	return [
		`${tasks.length} tasks of 50 ms or more, ${tasks.reduce((sum, t) => sum + (t.dur ?? 0) / 1000, 0).toFixed(0)} ms in all; inside them (nested times overlap):`,
		...[...byName]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 14)
			.map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`)
	];
}

/**
 * One story, one shape: load the embed, settle, then the 20 steps.
 * @param {Browser} browser @param {string} url @param {number} size @param {string} shape
 * @param {boolean} profile a CPU profile's hotspots @param {boolean} trace a trace's breakdown
 * @returns {Promise<ZoomLevelFigures>}
 */
async function measure(browser, url, size, shape, profile, trace) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: 'en-GB',
		timezoneId: 'Europe/London'
	});
	try {
		const page = await context.newPage();
		await page.addInitScript(installProbe, {
			mark: 'sourceline:drawn',
			readySelector: '[data-sourceline-ready="true"]',
			eventSelector: '[data-event-id]',
			problemSelector: '[role="alert"]'
		});
		const started = Date.now();
		await page.goto(url);
		await page
			.locator('[data-sourceline-ready="true"]')
			.waitFor({ state: 'attached', timeout: 90_000 });
		const drawnMs = Date.now() - started;
		await settle(page);
		const plot = await page.locator('[data-sourceline-plot]').boundingBox();
		if (!plot) throw new Error('no plot on screen');
		await page.mouse.move(plot.x + plot.width / 2, plot.y + Math.min(plot.height / 2, 150));
		const cdp = profile ? await context.newCDPSession(page) : null;
		if (cdp) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
		}
		if (trace)
			await browser.startTracing(page, {
				categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink']
			});
		await bench(page, 'start');
		/** @type {number[]} when each step's frame was drawn (page clock) */
		const stepEnds = [];
		let applied = 0;
		await page.keyboard.down('Control');
		for (const deltaY of STEPS) {
			const before = await bench(page, 'view');
			await page.mouse.wheel(0, deltaY);
			stepEnds.push(/** @type {number} */ (await bench(page, 'frame')));
			if ((await bench(page, 'view')) !== before) applied++;
		}
		await page.keyboard.up('Control');
		await bench(page, 'frame');
		await bench(page, 'frame');
		await new Promise((done) => setTimeout(done, 150));
		const record = /** @type {import('./probe.js').FrameRecord} */ (await bench(page, 'stop'));
		const traced = trace ? breakdown(await browser.stopTracing()) : undefined;
		const cpu = cdp ? /** @type {any} */ (await cdp.send('Profiler.stop')).profile : null;
		const sorted = [...record.frames].sort((a, b) => a - b);
		return {
			size,
			shape,
			steps: STEPS.length,
			applied,
			frames: sorted.length,
			p50: quantile(sorted, 0.5),
			p95: quantile(sorted, 0.95),
			worstFrame: sorted.at(-1) ?? NaN,
			longTasks: record.longTasks.map((task) => Math.round(task.duration)),
			// The step (1-based) whose frame ended after the task started.
			longTaskSteps: record.longTasks.map(
				(task) => stepEnds.findIndex((end) => end >= task.start) + 1
			),
			drawnMs,
			...(cpu ? { hotspots: hotspots(cpu) } : {}),
			...(traced ? { hotspots: traced } : {})
		};
	} finally {
		await context.close().catch(() => undefined);
	}
}

/**
 * Every size and shape asked for, in one browser; the stories are written to bench-results.
 * @param {{ sizes: number[], shapes: string[], profile?: boolean, trace?: boolean }} options
 * @returns {Promise<ZoomLevelFigures[]>}
 */
export async function zoomLevels({ sizes, shapes, profile = false, trace = false }) {
	mkdirSync(DATA, { recursive: true });
	for (const shape of shapes)
		for (const size of sizes)
			writeFileSync(
				`${DATA}/${shape}-${size}.json`,
				JSON.stringify(
					generateStory(size, { shape: /** @type {"spread" | "bursts"} */ (shape) }).story
				)
			);
	const site = await serve({ '/': process.env.BENCH_BUILD ?? 'build' });
	const data = await serve({ '/': DATA });
	const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
	/** @type {ZoomLevelFigures[]} */
	const results = [];
	try {
		for (const shape of shapes)
			for (const size of sizes) {
				process.stderr.write(`  zoom across levels: ${size} events, ${shape}…\n`);
				const src = encodeURIComponent(`${data.origin}/${shape}-${size}.json`);
				results.push(
					await measure(browser, `${site.origin}/embed?src=${src}`, size, shape, profile, trace)
				);
			}
	} finally {
		await browser.close();
		await site.close();
		await data.close();
	}
	return results;
}

/** @param {ZoomLevelFigures[]} results */
export function formatZoomLevels(results) {
	const lines = [
		'\nZoom across packing levels (Sourceline from a URL; 20 Ctrl + wheel steps of deltaY ±25, a frame between steps):',
		'  events   shape    p50 / p95 / worst frame, ms   long tasks (ms, at step)              steps applied'
	];
	for (const r of results) {
		const tasks =
			r.longTasks.length === 0
				? 'none'
				: r.longTasks.map((ms, k) => `${ms}@${r.longTaskSteps[k]}`).join(' ');
		lines.push(
			`  ${r.size.toLocaleString('en-GB').padStart(7)}  ${r.shape.padEnd(7)}  ${`${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} / ${r.worstFrame.toFixed(1)}`.padEnd(28)}  ${tasks.padEnd(36)}  ${r.applied}/${r.steps}`
		);
		for (const line of r.hotspots ?? []) lines.push(`      ${line}`);
	}
	return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
	const shapes = (process.env.ZOOM_SHAPES ?? 'spread,bursts').split(',');
	const results = await zoomLevels({
		sizes,
		shapes,
		profile: process.env.ZOOM_PROFILE === '1',
		trace: process.env.ZOOM_TRACE === '1'
	});
	console.log(formatZoomLevels(results));
}
