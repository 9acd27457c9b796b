// Prints what a reader downloads for a story page and for its embed (JavaScript and CSS, gzip'd), beside
// the same figures for two peers' published bundles. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} file */
const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const pages = [
	{ name: 'Sourceline story page (whole app)', file: 'build/stories/starmer-washington-week.html' },
	{ name: 'Sourceline embed', file: 'build/embed/starmer-washington-week.html' },
	// The drafting tool, chrono-node included; story pages and embeds never load it.
	{ name: 'Sourceline /draft page', file: 'build/draft.html' }
];

/**
 * Every script and stylesheet a prerendered page asks for, module preloads included.
 * @param {string} file
 */
function pageWeight(file) {
	if (!existsSync(file)) {
		console.error(`${file} is missing: run npm run build first`);
		process.exit(1);
	}
	const html = readFileSync(file, 'utf8');
	const assets = new Set(
		[...html.matchAll(/_app\/immutable\/[^"]+?\.(?:js|css)/g)].map((m) => m[0])
	);
	/** @type {Record<'js' | 'css', number>} */
	const weight = { js: 0, css: 0 };
	for (const asset of assets)
		weight[asset.endsWith('.css') ? 'css' : 'js'] += gzipKB(join('build', asset));
	return weight;
}

const peers = [
	{
		name: 'vis-timeline 8 (standalone)',
		js: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
		css: 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'
	},
	{
		name: 'TimelineJS 3',
		js: 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js',
		css: 'node_modules/@knight-lab/timelinejs/dist/css/timeline.css'
	}
];

const rows = pages.map((page) => ({ name: page.name, ...pageWeight(page.file) }));
for (const peer of peers) {
	rows.push({
		name: peer.name,
		js: existsSync(peer.js) ? gzipKB(peer.js) : NaN,
		css: existsSync(peer.css) ? gzipKB(peer.css) : NaN
	});
}
console.log('\nDownload size, gzip -9 (KB):');
console.log('  ' + 'what'.padEnd(38) + 'JS'.padStart(8) + 'CSS'.padStart(8) + 'total'.padStart(8));
for (const r of rows)
	console.log(
		'  ' +
			r.name.padEnd(38) +
			r.js.toFixed(1).padStart(8) +
			r.css.toFixed(1).padStart(8) +
			(r.js + r.css).toFixed(1).padStart(8)
	);
