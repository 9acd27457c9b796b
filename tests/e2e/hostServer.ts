import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

/**
 * A second origin for the embed tests: a news site's page on 127.0.0.1 (the site under test
 * is on localhost, so the two are different origins). It serves the pages in tests/hosts/,
 * pym.js from node_modules, and whatever responses a test sets, e.g. story files for
 * `/embed?src=`.
 */

export interface Reply {
	status?: number;
	headers?: Record<string, string>;
	body: string | Buffer;
	/** Held until this settles: lets a test see the loading state, with no timer. */
	hold?: Promise<void>;
	/** Sends the headers and the body's first `bytes`, then the rest once `until` settles. */
	partial?: { bytes: number; until: Promise<void> };
}

export interface HostServer {
	origin: string;
	/** Answers `path` with `reply` from now on. */
	set(path: string, reply: Reply): void;
	/** Serves tests/hosts/article.html at `path` with `embed` (HTML) in its column. */
	page(path: string, embed: string): void;
	/** The requests answered so far: path and the validators they carried. */
	requests: { path: string; ifNoneMatch?: string; status: number }[];
	close(): Promise<void>;
}

const hosts = new URL('../hosts/', import.meta.url);
const pymPath = createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js');

export const CORS = { 'access-control-allow-origin': '*' };

export async function startHostServer(siteOrigin: string): Promise<HostServer> {
	const replies = new Map<string, Reply>();
	const requests: HostServer['requests'] = [];
	const template = await readFile(new URL('article.html', hosts), 'utf8');
	replies.set('/pym.v1.min.js', {
		headers: { 'content-type': 'text/javascript' },
		body: await readFile(pymPath)
	});
	replies.set('/evil.html', {
		headers: { 'content-type': 'text/html; charset=utf-8' },
		body: await readFile(new URL('evil.html', hosts))
	});

	async function handle(request: IncomingMessage, response: ServerResponse) {
		const path = new URL(request.url ?? '/', 'http://host').pathname;
		const reply = replies.get(path);
		if (!reply) {
			// With CORS, as a static host that allows it on a folder answers a missing file.
			response.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		await reply.hold;
		// A file with an ETag is revalidated as a static host does: 304 when it has not changed.
		const ifNoneMatch = request.headers['if-none-match'];
		const etag = reply.headers?.etag;
		const notModified = etag !== undefined && ifNoneMatch === etag;
		const status = notModified ? 304 : (reply.status ?? 200);
		requests.push({ path, ifNoneMatch, status });
		response.writeHead(status, reply.headers ?? {});
		if (notModified) {
			response.end();
			return;
		}
		if (reply.partial) {
			const body = Buffer.from(reply.body);
			response.write(body.subarray(0, reply.partial.bytes));
			await reply.partial.until;
			response.end(body.subarray(reply.partial.bytes));
		} else response.end(reply.body);
	}

	const server = createServer((request, response) => void handle(request, response));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		origin,
		set: (path, reply) => replies.set(path, reply),
		requests,
		page(path, embed) {
			const html = template
				.replace('{{KIND}}', path)
				.replace('{{EMBED}}', embed.replaceAll('{{SITE}}', siteOrigin));
			replies.set(path, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: html });
		},
		close: () =>
			new Promise<void>((done, fail) => {
				server.closeAllConnections();
				server.close((error) => (error ? fail(error) : done()));
			})
	};
}
