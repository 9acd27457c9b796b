// Prints what a reader downloads for one story page (JavaScript and CSS, gzip'd), beside
// the same figures for two peers' published bundles. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} file */
const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const page = 'build/stories/starmer-washington-week.html';
if (!existsSync(page)) {
	console.error(`${page} is missing: run npm run build first`);
	process.exit(1);
}

// Every script and stylesheet the page asks for, including module preloads.
const html = readFileSync(page, 'utf8');
const assets = [
	...new Set([...html.matchAll(/_app\/immutable\/[^"]+?\.(?:js|css)/g)].map((m) => m[0]))
];
/** @type {Record<'js' | 'css', number>} */
const ours = { js: 0, css: 0 };
for (const asset of assets)
	ours[asset.endsWith('.css') ? 'css' : 'js'] += gzipKB(join('build', asset));

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

const rows = [{ name: 'Sourceline story page (whole app)', ...ours }];
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
console.log(`  (${assets.length} files for the story page, from ${page})`);
