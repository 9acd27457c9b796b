// Runs inside every benchmarked page before its own scripts (Playwright's addInitScript): it
// records long tasks, notices when the timeline is first drawn, counts frames on demand and
// gives a signature of the current view, so a zoom step that changed nothing can be told apart.
// Self-contained: Playwright sends the function's source to the page.

/**
 * @typedef {{
 *   mark: string,
 *   readySelector: string | null,
 *   eventSelector: string,
 *   problemSelector: string | null,
 *   visibleOnly?: boolean
 * }} ProbeConfig
 * visibleOnly: only an element of `eventSelector` seen on screen says drawn, not the page's
 * mark or ready selector. The built story's timeline is in its prerendered HTML, on screen
 * before any script runs, and the page's mark is then dated to the first paint: this times
 * what is on screen independently of what the page says about itself.
 * @typedef {{ start: number, duration: number }} LongTask
 * @typedef {{ frames: number[], start: number, end: number, longTasks: LongTask[] }} FrameRecord
 * @typedef {{
 *   longTasks: LongTask[],
 *   drawn: { at: number, by: string } | null,
 *   problem: string | null,
 *   startFrames: () => void,
 *   stopFrames: () => FrameRecord,
 *   view: () => string,
 *   nextFrame: () => Promise<void>
 * }} Probe
 * @typedef {Window & { __bench: Probe, benchView?: () => string, benchProblem?: string }} BenchWindow
 */

/** @param {ProbeConfig} config */
export function installProbe(config) {
	const page =
		/** @type {Window & { __bench?: Probe, benchView?: () => string, benchProblem?: string }} */ (
			window
		);
	/** @type {number[]} */
	let frames = [];
	let recording = false;
	let recordStart = 0;

	/** @type {Probe} */
	const probe = {
		longTasks: [],
		drawn: null,
		problem: null,
		startFrames() {
			frames = [];
			recording = true;
			recordStart = performance.now();
			/** @type {number | null} */
			let last = null;
			/** @param {number} time */
			const tick = (time) => {
				if (!recording) return;
				if (last !== null) frames.push(time - last);
				last = time;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		},
		stopFrames() {
			recording = false;
			const end = performance.now();
			return {
				frames,
				start: recordStart,
				end,
				longTasks: probe.longTasks.filter(
					(task) => task.start + task.duration > recordStart && task.start < end
				)
			};
		},
		view() {
			if (typeof page.benchView === 'function') return page.benchView();
			const plot = document.querySelector('[data-sourceline-plot]');
			if (plot instanceof HTMLElement && plot.dataset.visibleStart)
				return `${plot.dataset.visibleStart}/${plot.dataset.visibleEnd}`;
			// Without the plot's hook: where the first marks and axis ticks are.
			const marks = [...document.querySelectorAll(config.eventSelector)].slice(0, 30);
			const ticks = [...document.querySelectorAll('.tick')].slice(0, 10);
			return [...marks, ...ticks]
				.map((element) => Math.round(element.getBoundingClientRect().x))
				.join(',');
		},
		nextFrame: () => new Promise((done) => requestAnimationFrame(() => done()))
	};
	page.__bench = probe;

	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long-task timing in this browser: the figures say 0.
	}

	/** On screen: laid out with a size, inside the viewport, not hidden. @param {Element} element */
	const onScreen = (element) => {
		const box = element.getBoundingClientRect();
		return (
			box.width > 0 &&
			box.height > 0 &&
			box.right > 0 &&
			box.bottom > 0 &&
			box.left < innerWidth &&
			box.top < innerHeight &&
			element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
		);
	};

	/**
	 * Found in this frame: drawn once the frame's rendering is done, which is when the next
	 * task can run (laying out and painting thousands of elements can take long).
	 * @param {string} by
	 */
	const drawnAfterThisFrame = (by) => {
		setTimeout(() => {
			probe.drawn = { at: performance.now(), by };
		}, 0);
	};

	// Checked once a frame (a frame only runs when the main thread is free to draw) until drawn.
	const watch = () => {
		const mark = config.visibleOnly ? undefined : performance.getEntriesByName(config.mark)[0];
		if (mark) {
			probe.drawn = { at: mark.startTime, by: `performance.mark('${config.mark}')` };
			return;
		}
		if (
			!config.visibleOnly &&
			config.readySelector &&
			document.querySelector(config.readySelector)
		) {
			drawnAfterThisFrame(config.readySelector);
			return;
		}
		const events = document.querySelectorAll(config.eventSelector);
		for (let i = 0; i < Math.min(events.length, 50); i++) {
			const element = events[i];
			if (element && onScreen(element)) {
				drawnAfterThisFrame(`first ${config.eventSelector} visible`);
				return;
			}
		}
		const alert = config.problemSelector ? document.querySelector(config.problemSelector) : null;
		const message = alert?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
		// A peer's message box also says it is still loading: that is no problem.
		if (message && !/^loading/i.test(message)) probe.problem = message;
		else if (page.benchProblem) probe.problem = page.benchProblem;
		if (probe.problem) return;
		requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);
}
