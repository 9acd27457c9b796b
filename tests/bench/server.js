// A small static server for the benchmark, on loopback only: the built site, the host pages
// under tests/bench/hosts, the peers' published bundles and the generated stories. Every
// answer carries Access-Control-Allow-Origin: *, as a story host must for /embed?src=.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2'
});

/**
 * @param {Record<string, string>} mounts URL prefix (ending in /) -> folder; '/' is the site.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(mounts) {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const prefix = prefixes.find((p) => path.startsWith(p)) ?? '/';
		const root = resolve(mounts[prefix] ?? '.');
		const file = findFile(root, normalize(path.slice(prefix.length)));
		if (!file) {
			response.writeHead(404, { 'access-control-allow-origin': '*' }).end('not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'access-control-allow-origin': '*',
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(response);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done(undefined));
			})
	};
}

/**
 * The file a static host answers with: the path itself, or as a prerendered page
 * (`/embed` -> embed.html, `/` -> index.html). Nothing outside `root`.
 * @param {string} root @param {string} path
 */
function findFile(root, path) {
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
		const file = resolve(join(root, candidate));
		if (!file.startsWith(root)) return null;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}
