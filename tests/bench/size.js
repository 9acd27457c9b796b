// What a reader downloads for each built page: every script and stylesheet the prerendered page
// asks for (module preloads included) and the workers its scripts start (/embed?src= checks a
// story in one), gzip'd. Not counted: chunks loaded on demand (the Embed dialog) and story data.
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = [
	{ name: 'story page (/stories/<id>)', file: 'build/stories/starmer-washington-week.html' },
	{
		name: 'embed of a built story (/embed/<id>)',
		file: 'build/embed/starmer-washington-week.html'
	},
	{ name: 'embed of a story from a URL (/embed?src=, worker included)', file: 'build/embed.html' },
	// The drafting tool, chrono-node included; story pages and embeds never load it.
	{ name: 'drafting page (/draft)', file: 'build/draft.html' }
];

/** @param {string} file */
const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** @returns {Array<{ name: string, file: string, jsKB: number, cssKB: number }>} */
export function builtPageWeights() {
	return PAGES.map(({ name, file }) => {
		if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
		const html = readFileSync(file, 'utf8');
		const assets = new Set(
			[...html.matchAll(/_app\/immutable\/[^"]+?\.(?:js|css)/g)].map((m) => m[0])
		);
		// A worker is named in the script that starts it, relative to _app/immutable/.
		for (const asset of [...assets].filter((a) => a.endsWith('.js')))
			for (const m of readFileSync(join('build', asset), 'utf8').matchAll(/workers\/[\w.-]+\.js/g))
				assets.add(`_app/immutable/${m[0]}`);
		let jsKB = 0;
		let cssKB = 0;
		for (const asset of assets) {
			if (asset.endsWith('.css')) cssKB += gzipKB(join('build', asset));
			else jsKB += gzipKB(join('build', asset));
		}
		return { name, file, jsKB, cssKB };
	});
}
