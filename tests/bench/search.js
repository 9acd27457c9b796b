// Typing into a story's search box, one real key at a time (the DevTools protocol's key events,
// as a keyboard sends them): per keystroke, the time from the key's event to the page showing
// that keystroke's result (the `sourceline:searched` mark, set once the list, the timeline and
// the match count have been updated; storySearch.svelte.ts). The index is built as the box
// takes focus (a big story's in a worker), and the first key waits for it (the
// `sourceline:search-ready` mark); the first keystroke, one letter, matches most events and
// draws them all again; the rest narrow it.

/** @typedef {import('@playwright/test').Browser} Browser */

/** What is typed: a reader's two words, each letter a keystroke (the space too). */
export const QUERY = 'kovalenko procurement';
const MARK = 'sourceline:searched';
/** Set as each search's matching is done (its detail the ms, in the worker for a big story). */
const FILTERED = 'sourceline:filtered';
const LOAD_MS = 60_000;
const KEY_MS = 30_000;

/**
 * @typedef {{ firstMs: number, medianMs: number, p95Ms: number, maxMs: number }} KeyFigures
 * @typedef {{ status: 'ok' | 'failed', note?: string, keys?: number, shown?: KeyFigures,
 *   painted?: KeyFigures, filtered?: KeyFigures, matched?: string }} SearchResult
 */

/** The first keystroke, then the median, p95 and slowest of the rest. @param {number[]} times */
function figures(times) {
	const rest = times.slice(1).sort((a, b) => a - b);
	return {
		firstMs: /** @type {number} */ (times[0]),
		medianMs: quantile(rest, 0.5),
		p95Ms: quantile(rest, 0.95),
		maxMs: /** @type {number} */ (rest.at(-1))
	};
}

/** @param {number[]} sorted @param {number} q */
function quantile(sorted, q) {
	if (sorted.length === 0) return NaN;
	return /** @type {number} */ (
		sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
	);
}

/**
 * Opens `url` (an embed of a story), focuses its search box, waits for the search's code, then
 * types `QUERY`. @param {Browser} browser @param {string} url
 * @returns {Promise<SearchResult>}
 */
export async function measureSearch(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 720 },
		locale: 'en-GB',
		timezoneId: 'Europe/London'
	});
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = /** @type {any} */ (window);
			w.__keys = [];
			addEventListener('keydown', (event) => w.__keys.push(event.timeStamp), { capture: true });
			// When each frame's callbacks ran: the first after a result is the frame that paints it.
			w.__frames = [];
			const frame = () => {
				w.__frames.push(performance.now());
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		await page.goto(url, { timeout: LOAD_MS });
		await page.waitForSelector('[data-sourceline-ready="true"]', { timeout: LOAD_MS });
		const box = page.getByRole('searchbox');
		await box.focus();
		// Focusing loads the search's code and hands the events to its index: let both be
		// done before the first key, which then times a keystroke, not the loading.
		await page.waitForLoadState('networkidle');
		await page.waitForFunction(
			(mark) => performance.getEntriesByName(mark).length > 0,
			'sourceline:search-ready',
			{ timeout: LOAD_MS }
		);
		/** @type {number[]} */
		const shown = [];
		/** @type {number[]} */
		const painted = [];
		/** @type {number[]} */
		const filtered = [];
		for (const [k, key] of [...QUERY].entries()) {
			await page.keyboard.press(key === ' ' ? 'Space' : key);
			const times = await page.evaluate(
				async ({ k, mark, filteredMark, limit }) => {
					const w = /** @type {any} */ (window);
					const started = performance.now();
					while (performance.getEntriesByName(mark).length <= k) {
						if (performance.now() - started > limit) return null;
						await new Promise((done) => setTimeout(done, 1));
					}
					const at = /** @type {PerformanceEntry} */ (performance.getEntriesByName(mark)[k])
						.startTime;
					/** @type {() => number | undefined} */
					const frame = () => w.__frames.find((/** @type {number} */ t) => t >= at);
					while (frame() === undefined) await new Promise((done) => setTimeout(done, 1));
					const keyAt = /** @type {number} */ (w.__keys[k]);
					// The matching this result shows: the last one done before it.
					const matched = performance
						.getEntriesByName(filteredMark)
						.filter((entry) => entry.startTime <= at)
						.at(-1);
					return {
						shown: at - keyAt,
						painted: /** @type {number} */ (frame()) - keyAt,
						filtered: /** @type {number} */ (
							/** @type {PerformanceMark} */ (matched)?.detail ?? NaN
						)
					};
				},
				{ k, mark: MARK, filteredMark: FILTERED, limit: KEY_MS }
			);
			if (times === null)
				return {
					status: 'failed',
					note: `keystroke ${k + 1} ("${key}") had no result in ${KEY_MS / 1000} s`
				};
			shown.push(times.shown);
			painted.push(times.painted);
			filtered.push(times.filtered);
		}
		const statusText = await page.locator('[role="search"] .status').textContent();
		return {
			status: 'ok',
			keys: shown.length,
			shown: figures(shown),
			painted: figures(painted),
			filtered: figures(filtered),
			matched: statusText ?? ''
		};
	} catch (error) {
		return { status: 'failed', note: error instanceof Error ? error.message : String(error) };
	} finally {
		await context.close();
	}
}

/**
 * The figures as lines of the bench's output.
 * @param {Array<{ size: number, result: SearchResult }>} results
 */
export function formatSearch(results) {
	const lines = [
		`\nSearch: "${QUERY}" typed one key at a time into the embed's search box (/embed?src=); per keystroke, from the key's event to the result shown (list, timeline and match count updated) and to the next frame's callbacks (the frame that paints it).`
	];
	for (const { size, result } of results) {
		const name = `  ${size.toLocaleString('en-GB')} events`.padEnd(18);
		if (result.status !== 'ok') {
			lines.push(`${name}${result.status}: ${result.note}`);
			continue;
		}
		const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
		/** @param {string} what @param {KeyFigures | undefined} f */
		const row = (what, f) =>
			f
				? `${what}: first key (one letter: most events match) ${ms(f.firstMs)}; the other ${(result.keys ?? 1) - 1}: median ${ms(f.medianMs)}, p95 ${ms(f.p95Ms)}, max ${ms(f.maxMs)}`
				: '';
		lines.push(`${name}${row('shown', result.shown)} (${result.matched})`);
		lines.push(`${''.padEnd(18)}${row('painted', result.painted)}`);
		lines.push(`${''.padEnd(18)}${row('filter alone (matching the words)', result.filtered)}`);
	}
	return lines.join('\n');
}
