// Typing into a story's search box, one real key at a time (the DevTools protocol's key events,
// as a keyboard sends them): per keystroke, the time from the key's event to the page showing
// that keystroke's result (the `sourceline:searched` mark, set once the list, the timeline and
// the match count have been updated; storySearch.svelte.ts). The first keystroke also builds
// the index (a big story's, in a worker, from the events it is sent); the rest narrow it.

/** @typedef {import('@playwright/test').Browser} Browser */

/** What is typed: a reader's two words, each letter a keystroke (the space too). */
export const QUERY = 'kovalenko procurement';
const MARK = 'sourceline:searched';
const LOAD_MS = 60_000;
const KEY_MS = 30_000;

/**
 * @typedef {{ status: 'ok' | 'failed', note?: string, keys?: number, firstMs?: number,
 *   medianMs?: number, p95Ms?: number, maxMs?: number, shown?: string }} SearchResult
 */

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
		});
		await page.goto(url, { timeout: LOAD_MS });
		await page.waitForSelector('[data-sourceline-ready="true"]', { timeout: LOAD_MS });
		const box = page.getByRole('searchbox');
		await box.focus();
		// Focusing loads the search's code; let it arrive before the first key.
		await page.waitForLoadState('networkidle');
		/** @type {number[]} */
		const times = [];
		for (const [k, key] of [...QUERY].entries()) {
			await page.keyboard.press(key === ' ' ? 'Space' : key);
			const ms = await page.evaluate(
				async ({ k, mark, limit }) => {
					const started = performance.now();
					while (performance.getEntriesByName(mark).length <= k) {
						if (performance.now() - started > limit) return null;
						await new Promise((done) => setTimeout(done, 1));
					}
					const entry = /** @type {PerformanceEntry} */ (performance.getEntriesByName(mark)[k]);
					const key = /** @type {number} */ (/** @type {any} */ (window).__keys[k]);
					// A frame to paint it before the next key.
					await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
					return entry.startTime - key;
				},
				{ k, mark: MARK, limit: KEY_MS }
			);
			if (ms === null)
				return {
					status: 'failed',
					note: `keystroke ${k + 1} ("${key}") had no result in ${KEY_MS / 1000} s`
				};
			times.push(ms);
		}
		const statusText = await page.locator('[role="search"] .status').textContent();
		const rest = times.slice(1).sort((a, b) => a - b);
		return {
			status: 'ok',
			keys: times.length,
			firstMs: times[0],
			medianMs: quantile(rest, 0.5),
			p95Ms: quantile(rest, 0.95),
			maxMs: rest.at(-1),
			shown: statusText ?? ''
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
		`\nSearch: "${QUERY}" typed one key at a time into the embed's search box (/embed?src=); per keystroke, key event to the result shown (list, timeline and match count updated).`
	];
	for (const { size, result } of results) {
		const name = `  ${size.toLocaleString('en-GB')} events`.padEnd(18);
		if (result.status !== 'ok') {
			lines.push(`${name}${result.status}: ${result.note}`);
			continue;
		}
		const ms = (/** @type {number | undefined} */ n) => `${(n ?? NaN).toFixed(1)} ms`;
		lines.push(
			`${name}first key (builds the index) ${ms(result.firstMs)}; the other ${(result.keys ?? 1) - 1}: median ${ms(result.medianMs)}, p95 ${ms(result.p95Ms)}, max ${ms(result.maxMs)} (${result.shown})`
		);
	}
	return lines.join('\n');
}
