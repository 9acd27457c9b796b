// `npm run bench` (after `npm run build`): Sourceline's embed loading a story from a URL, beside
// vis-timeline and TimelineJS fed the same seeded events, in one headless Chromium run on
// loopback; beside the 8-event figures, also the embed of the built story (prerendered, no
// fetch). Prints one table per story size and writes bench-results/latest.json. It asserts
// nothing: figures depend on the machine.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromiumLaunchOptions } from '../browser.js';
import { LIMITS, measureCase } from './measure.js';
import { CPU_SLOWDOWN, measurePhoneCase, PHONE_VIEWPORT, SLOW_4G } from './phone.js';
import { formatPhoneTable, formatTable, TIMELINES } from './report.js';
import { formatSearch, measureSearch } from './search.js';
import { serve } from './server.js';
import { builtPageWeights } from './size.js';
import { generateStory, timelineJsData, visItems } from './stories.js';
import { formatZoomLevels, zoomLevels } from './zoomLevels.js';

/** @typedef {import('./measure.js').Case} Case */
/** @typedef {import('./measure.js').CaseResult} CaseResult */

const PEERS = TIMELINES.slice(1);

// BENCH_SIZES=8,1000 runs fewer sizes (for a quick look); the default is the issue's four.
const SIZES = (process.env.BENCH_SIZES ?? '8,1000,10000,100000')
	.split(',')
	.filter(Boolean)
	.map(Number);
// The second data shape (bursts of news, short and long titles, groups) and the phone profile.
const BURST_SIZES = (process.env.BENCH_BURST_SIZES ?? '1000,10000')
	.split(',')
	.filter(Boolean)
	.map(Number);
const PHONE_SIZES = (process.env.BENCH_PHONE_SIZES ?? '8,1000')
	.split(',')
	.filter(Boolean)
	.map(Number);
// The search box typed into, at these sizes (the embed's, from a URL).
const SEARCH_SIZES = (process.env.BENCH_SEARCH_SIZES ?? '10000,100000')
	.split(',')
	.filter(Boolean)
	.map(Number);
// BENCH_TIMELINES=Sourceline measures only the named timelines (a quick look at one's own).
const ONLY = process.env.BENCH_TIMELINES?.split(',').filter(Boolean);
const OUT = 'bench-results';
const DATA = `${OUT}/data`;
const ZOOM_STEPS = 20;
// The embed of the built story (prerendered with its timeline drawn: no fetch, no worker), measured beside the peers'
// figures for this size only, the nearest to its own count of events.
const BUILT_STORY_BESIDE = 8;
const BUILT_STORY = (() => {
	const id = 'starmer-washington-week';
	const { events } = /** @type {{ events: unknown[] }} */ (
		JSON.parse(readFileSync(`src/data/stories/${id}/story.json`, 'utf8'))
	);
	return {
		id,
		events: events.length,
		name: `Sourceline (built story, ${events.length} events)`,
		note: `/embed/${id}, prerendered (no fetch); drawn: first plot event on screen`
	};
})();

/** @param {string} file */
const version = (file) =>
	/** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version;
/** @param {string} line */
const progress = (line) => process.stderr.write(`${line}\n`);

mkdirSync(DATA, { recursive: true });
progress('Generating stories…');
/** @type {Record<string, Record<string, number>>} */
const fileSizes = {};
/** @type {Array<{ size: number, shape: 'spread' | 'bursts' }>} */
const STORIES = [
	...new Set([...SIZES, ...PHONE_SIZES, ...SEARCH_SIZES].map((size) => size)).values()
].map((size) => ({ size, shape: /** @type {const} */ ('spread') }));
for (const size of BURST_SIZES) STORIES.push({ size, shape: 'bursts' });
/** @param {number} size @param {'spread' | 'bursts'} shape */
const fileTag = (size, shape) => (shape === 'bursts' ? `bursts-${size}` : `${size}`);
for (const { size, shape } of STORIES) {
	// A share of the bursts' events are times of day, as a live story's are.
	const { story, events } = generateStory(size, shape === 'bursts' ? { shape, instants: 0.3 } : {});
	const tag = fileTag(size, shape);
	const files = {
		Sourceline: [`story-${tag}.json`, story],
		'vis-timeline': [`vis-${tag}.json`, visItems(events)],
		TimelineJS: [`timelinejs-${tag}.json`, timelineJsData(events, `A year in ${size} events`)]
	};
	const key = shape === 'bursts' ? `bursts ${size}` : size;
	fileSizes[key] = {};
	for (const [name, [file, data]] of Object.entries(files)) {
		const text = JSON.stringify(data);
		writeFileSync(`${DATA}/${file}`, text);
		/** @type {Record<string, number>} */ (fileSizes[key])[name] = Buffer.byteLength(text);
	}
}

const site = await serve({
	'/': 'build',
	'/bench/': 'tests/bench/hosts',
	'/peers/vis-timeline/': 'node_modules/vis-timeline',
	'/peers/timelinejs/': 'node_modules/@knight-lab/timelinejs/dist'
});
// Another origin, as a newsroom's story file would be: the embed fetches it across origins.
const data = await serve({ '/': DATA });

/**
 * Sourceline's embed at `url`: from a URL (`/embed?src=`) or a built story (`/embed/<id>`).
 * The built story's timeline is in the prerendered HTML, drawn before any of the app's
 * scripts run, and its mark is dated to the first paint; so that case is timed like the
 * peers, by what is on screen: the first frame in which an event of the timeline's plot
 * (not of the prerendered list, which CSS hides for a browser that runs scripts) is
 * visible, whatever the page's mark says. Its gestures wait until the page has hydrated.
 * @param {string} url @param {boolean} [prerendered]
 * @returns {Case}
 */
const sourcelineCase = (url, prerendered = false) => ({
	url,
	probe: {
		mark: 'sourceline:drawn',
		readySelector: '[data-sourceline-ready="true"]',
		eventSelector: prerendered ? '[data-sourceline-plot] [data-event-id]' : '[data-event-id]',
		problemSelector: '[role="alert"]',
		visibleOnly: prerendered
	},
	...(prerendered ? { interactiveSelector: 'html[data-hydrated]' } : {}),
	plotSelector: '[data-sourceline-plot], .plot',
	dragSelector: '[data-sourceline-plot], .plot',
	zoom: { kind: 'wheel' }
});

/** @param {number} size @param {'spread' | 'bursts'} [shape] @returns {Record<string, Case>} */
function cases(size, shape = 'spread') {
	const tag = fileTag(size, shape);
	return {
		Sourceline: sourcelineCase(
			`${site.origin}/embed?src=${encodeURIComponent(`${data.origin}/story-${tag}.json`)}`
		),
		'vis-timeline': {
			url: `${site.origin}/bench/vis-timeline.html?src=${encodeURIComponent(`${data.origin}/vis-${tag}.json`)}`,
			probe: {
				mark: 'peer:drawn',
				readySelector: null,
				eventSelector: '.vis-item',
				problemSelector: null
			},
			plotSelector: '.vis-panel.vis-center',
			dragSelector: '.vis-panel.vis-center',
			zoom: { kind: 'wheel' }
		},
		TimelineJS: {
			url: `${site.origin}/bench/timelinejs.html?src=${encodeURIComponent(`${data.origin}/timelinejs-${tag}.json`)}`,
			probe: {
				mark: 'peer:drawn',
				readySelector: null,
				eventSelector: '.tl-timemarker',
				problemSelector: '.tl-message-full'
			},
			plotSelector: '.tl-timenav',
			// A drag that starts on a marker does not pan TimelineJS: start on its time axis.
			dragSelector: '.tl-timeaxis-background',
			// TimelineJS reads the wheel only to scroll sideways; its zoom is its own buttons.
			zoom: {
				kind: 'buttons',
				zoomIn: '.tl-icon-zoom-in',
				zoomOut: '.tl-icon-zoom-out',
				note: 'TimelineJS does not zoom on Ctrl + wheel: its zoom buttons were clicked instead'
			}
		},
		...(size === BUILT_STORY_BESIDE && shape === 'spread'
			? { [BUILT_STORY.name]: sourcelineCase(`${site.origin}/embed/${BUILT_STORY.id}`, true) }
			: {})
	};
}

/**
 * The same timelines on the phone profile: what a tap selects, and where its passage shows.
 * @param {number} size @returns {Record<string, import('./phone.js').PhoneCase>}
 */
function phoneCases(size) {
	const desktop = cases(size);
	/** @param {string} name */
	const url = (name) => /** @type {Case} */ (desktop[name]).url;
	/** @param {string} name */
	const probe = (name) => /** @type {Case} */ (desktop[name]).probe;
	// In a frame the size of the screen, as a phone's page shows an embed (hosts/frame.html).
	const sourceline = (/** @type {string} */ name) => ({
		url: `${site.origin}/bench/frame.html?embed=${encodeURIComponent(url(name))}`,
		framed: true,
		probe: probe(name),
		tapSelector: '[data-sourceline-plot] [data-event-id]',
		selectedSelector: '[aria-pressed="true"]',
		passage: /** @type {const} */ ({ kind: 'selector', selector: 'mark.passage' })
	});
	return {
		Sourceline: sourceline('Sourceline'),
		'vis-timeline': {
			url: url('vis-timeline'),
			probe: probe('vis-timeline'),
			tapSelector: '.vis-item',
			selectedSelector: '.vis-selected',
			// vis-timeline shows no text of an event beyond its label.
			passage: null
		},
		TimelineJS: {
			url: url('TimelineJS'),
			probe: probe('TimelineJS'),
			tapSelector: '.tl-timemarker .tl-headline',
			selectedSelector: '.tl-timemarker-active',
			// Its slide, headline and text, is TimelineJS's reading view.
			passage: { kind: 'headline', slideText: '.tl-slide-content .tl-headline' }
		},
		...(size === BUILT_STORY_BESIDE ? { [BUILT_STORY.name]: sourceline(BUILT_STORY.name) } : {})
	};
}

/**
 * A peer whose last size (1,000 events or more) took more than a tenth of the time limit to draw, or did not finish,
 * would not draw ten times as many events within it: skipped, and said so.
 * @param {CaseResult | undefined} previous @param {number} previousSize @param {number} size
 * @returns {string | null}
 */
function skipReason(previous, previousSize, size) {
	if (!previous) return null;
	const factor = size / previousSize;
	if (previous.status !== 'ok')
		return `skipped: ${previousSize.toLocaleString('en-GB')} events already ${previous.status}`;
	// Below 1,000 events start-up dominates, so the time does not scale with the count.
	if (previousSize >= 1_000 && (previous.drawnMs ?? 0) * factor > LIMITS.loadMs)
		return `skipped: ${previousSize.toLocaleString('en-GB')} events took ${((previous.drawnMs ?? 0) / 1000).toFixed(1)} s to draw, so ${factor}× as many would pass the ${LIMITS.loadMs / 1000} s limit`;
	return null;
}

const browser = await chromium.launch({
	...chromiumLaunchOptions,
	headless: true,
	// Nothing but loopback: a request elsewhere (a peer's web fonts) fails at once.
	args: [...chromiumLaunchOptions.args, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1']
});
const chromiumVersion = browser.version();
const started = Date.now();
/** @type {Array<{ size: number, shape: string, results: Record<string, CaseResult> }>} */
const all = [];
/** @type {Array<{ size: number, results: Record<string, import('./phone.js').PhoneResult> }>} */
const phone = [];
/** @type {Array<{ size: number, result: import('./search.js').SearchResult }>} */
const search = [];
const desktopRuns = [
	...SIZES.map((size) => ({ size, shape: /** @type {const} */ ('spread') })),
	...BURST_SIZES.map((size) => ({ size, shape: /** @type {const} */ ('bursts') }))
];
try {
	for (const [index, { size, shape }] of desktopRuns.entries()) {
		/** @type {Record<string, CaseResult>} */
		const results = {};
		const before = all[index - 1];
		const previous = before && before.shape === shape ? before : undefined;
		for (const [name, testCase] of Object.entries(cases(size, shape))) {
			if (ONLY && !ONLY.some((only) => name.startsWith(only))) continue;
			const skip =
				!PEERS.includes(name) || !previous
					? null
					: skipReason(previous.results[name], previous.size, size);
			progress(`  ${size} events${shape === 'bursts' ? ' in bursts' : ''}, ${name}…`);
			/** @type {CaseResult} */
			const result = skip
				? { status: 'skipped', note: skip }
				: await measureCase(browser, testCase);
			if (testCase.zoom.kind === 'buttons' && result.zoom)
				result.note = [result.note, testCase.zoom.note].filter(Boolean).join('; ');
			if (name === BUILT_STORY.name)
				result.note = [BUILT_STORY.note, result.note].filter(Boolean).join('; ');
			results[name] = result;
		}
		all.push({ size, shape, results });
	}
	for (const size of PHONE_SIZES) {
		/** @type {Record<string, import('./phone.js').PhoneResult>} */
		const results = {};
		for (const [name, testCase] of Object.entries(phoneCases(size))) {
			if (ONLY && !ONLY.some((only) => name.startsWith(only))) continue;
			progress(`  phone, ${size} events, ${name}…`);
			results[name] = await measurePhoneCase(browser, testCase);
		}
		phone.push({ size, results });
	}
	for (const size of SEARCH_SIZES) {
		progress(`  search, ${size} events…`);
		const { url } = /** @type {Case} */ (cases(size).Sourceline);
		search.push({ size, result: await measureSearch(browser, url) });
	}
} finally {
	await browser.close();
	await site.close();
	await data.close();
}

const machine = {
	date: new Date().toISOString(),
	cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
	memoryGB: Math.round(totalmem() / 2 ** 30),
	node: process.version,
	chromium: chromiumVersion,
	peers: {
		'vis-timeline': version('node_modules/vis-timeline/package.json'),
		TimelineJS: version('node_modules/@knight-lab/timelinejs/package.json')
	}
};
const built = builtPageWeights();

const out = [
	`Sourceline benchmark: ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}, headless Chromium ${machine.chromium} (software rendering)`,
	`Peers: vis-timeline ${machine.peers['vis-timeline']} (standalone build), TimelineJS ${machine.peers.TimelineJS}. Sourceline: /embed?src=<story JSON on another loopback origin>.`,
	`Ratios (×) are against the better of the two peers. Zoom: ${ZOOM_STEPS} Ctrl + wheel steps of deltaY ±25 over the plot (ten in, ten out), a frame between steps; drag: 300 px in 20 moves after zooming in 5 steps.`,
	`Story files: ${SIZES.map((size) => `${size.toLocaleString('en-GB')}: ${((fileSizes[size]?.Sourceline ?? 0) / 2 ** 20).toFixed(2)} MB`).join(', ')} (Sourceline JSON).`
];
for (const sizeResults of all)
	out.push(
		formatTable(sizeResults, sizeResults.shape === 'bursts' ? 'in bursts (second data shape)' : '')
	);
out.push(
	`\nPhone profile: ${PHONE_VIEWPORT.width} × ${PHONE_VIEWPORT.height} touch screen, CPU ${CPU_SLOWDOWN}× slower, slow 4G (${SLOW_4G.latency} ms latency, ${((SLOW_4G.downloadThroughput * 8) / 1024 / 1024).toFixed(2)} Mbps down) through the DevTools protocol.`
);
for (const sizeResults of phone) out.push(formatPhoneTable(sizeResults));
if (search.length > 0) out.push(formatSearch(search));
out.push(
	'\nBuilt pages, gzip -9 (every script and stylesheet the page asks for, then its workers):'
);
for (const page of built)
	out.push(
		`  ${page.name.padEnd(44)} JS ${page.jsKB.toFixed(1).padStart(6)} KB   CSS ${page.cssKB.toFixed(1).padStart(5)} KB   workers ${page.workerKB.toFixed(1).padStart(5)} KB`
	);
const levelSizes = SIZES.filter((size) => size >= 1_000);
const levels =
	levelSizes.length > 0
		? await zoomLevels({
				sizes: levelSizes,
				shapes: (process.env.ZOOM_SHAPES ?? 'spread,bursts').split(',')
			})
		: [];
if (levels.length > 0) out.push(formatZoomLevels(levels));
out.push(`\nRun took ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(out.join('\n'));

writeFileSync(
	`${OUT}/latest.json`,
	JSON.stringify(
		{
			machine,
			timelines: TIMELINES,
			builtStory: {
				...BUILT_STORY,
				url: `/embed/${BUILT_STORY.id}`,
				besideSize: BUILT_STORY_BESIDE
			},
			fileSizes,
			sizes: all,
			zoomLevels: levels,
			search,
			phone: {
				viewport: PHONE_VIEWPORT,
				cpuSlowdown: CPU_SLOWDOWN,
				network: SLOW_4G,
				sizes: phone
			},
			builtPages: built.map((page) => ({
				...page,
				assets: page.assets.map((a) => ({ ...a, file: a.file.replace(/^build\//, '/') }))
			}))
		},
		null,
		'\t'
	) + '\n'
);
progress(`Wrote ${OUT}/latest.json`);
