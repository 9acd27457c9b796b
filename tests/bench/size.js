// What a reader downloads for each built page, gzip'd (level 9): every script and stylesheet
// the prerendered page asks for (module preloads included), on the page's main thread, and
// apart from them the workers its scripts start (/embed?src= checks a story in one). Not
// counted: chunks loaded on demand (the Embed dialog, the reading panel, a worker's TimelineJS
// importer) and story data. Run after `npm run build`; the end-to-end suite checks these
// figures against their budgets (tests/e2e/firstLoads.spec.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const PAGES = [
	{
		key: 'storyPage',
		name: 'story page (/stories/<id>)',
		file: 'build/stories/starmer-washington-week.html'
	},
	{
		key: 'builtEmbed',
		name: 'embed of a built story (/embed/<id>)',
		file: 'build/embed/starmer-washington-week.html'
	},
	{
		key: 'remoteEmbed',
		name: 'embed of a story from a URL (/embed?src=)',
		file: 'build/embed.html'
	},
	// The drafting tool, chrono-node included; story pages and embeds never load it.
	{ key: 'draft', name: 'drafting page (/draft)', file: 'build/draft.html' }
];

// Paths are from the repository's root, wherever the run started.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** @param {string} file */
const read = (file) => readFileSync(join(ROOT, file));
/** @param {string} file */
const gzipKB = (file) => gzipSync(read(file), { level: 9 }).length / 1024;
/** The loader every host page loads (/embed.js), gzip'd. */
export const loaderKB = () => gzipKB('build/embed.js');

/**
 * @typedef {{ file: string, kind: 'js' | 'css' | 'worker', kB: number }} Asset
 * @typedef {{ key: string, name: string, file: string, jsKB: number, cssKB: number,
 *   workerKB: number, assets: Asset[] }} PageWeight
 */

/** @returns {PageWeight[]} */
export function builtPageWeights() {
	return PAGES.map(({ key, name, file }) => {
		if (!existsSync(join(ROOT, file)))
			throw new Error(`${file} is missing: run npm run build first`);
		const html = read(file).toString('utf8');
		const files = new Set(
			[...html.matchAll(/_app\/immutable\/[^"]+?\.(?:js|css)/g)].map((m) => join('build', m[0]))
		);
		/** @type {Asset[]} */
		const assets = [...files].map((asset) => ({
			file: asset,
			kind: asset.endsWith('.css') ? 'css' : 'js',
			kB: gzipKB(asset)
		}));
		// A worker is named in the script that starts it, relative to that script.
		for (const script of [...files].filter((a) => a.endsWith('.js')))
			for (const m of read(script)
				.toString('utf8')
				.matchAll(/workers\/[\w.-]+\.js/g)) {
				const worker = join(dirname(script), m[0]);
				if (!assets.some((a) => a.file === worker))
					assets.push({ file: worker, kind: 'worker', kB: gzipKB(worker) });
			}
		/** @param {Asset['kind']} kind */
		const sum = (kind) => assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.kB, 0);
		return { key, name, file, jsKB: sum('js'), cssKB: sum('css'), workerKB: sum('worker'), assets };
	});
}
