import { describe, expect, it } from 'vitest';
import { testStory } from '$lib/story/testing';
import {
	loadRemoteStory,
	MAX_STORY_BYTES,
	type Fetch,
	type RemoteProgress,
	type RemoteResult
} from './remoteStory';
import { problemsEn, type ProblemWords } from '$lib/i18n/problems/en';
import { problemText } from '$lib/i18n/problems/problemText';

/** A problem as an English reader reads it. */
const say = (problem: ProblemWords) => problemText(problem, problemsEn);

const BASE = 'https://sourceline.test/embed';
const SRC = 'https://news.test/stories/week.json';

/** A fetch that answers every request with `response`, recording what was asked. */
function answer(response: () => Response | Promise<Response>) {
	const requests: { url: string; init: RequestInit }[] = [];
	const fetch: Fetch = async (url, init) => {
		requests.push({ url: url.href, init });
		return response();
	};
	return { fetch, requests };
}

function problemOf(result: RemoteResult) {
	if (result.ok) throw new Error('expected a problem');
	return result.problem;
}

/** A body streamed in chunks with no Content-Length, as a chunked response arrives. */
function streamed(chunks: number, chunkSize: number): Response {
	const chunk = new Uint8Array(chunkSize).fill(0x20);
	let sent = 0;
	return new Response(
		new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent++ < chunks) controller.enqueue(chunk);
				else controller.close();
			}
		})
	);
}

describe('loadRemoteStory', () => {
	it('loads a valid story across origins, without cookies', async () => {
		const { fetch, requests } = answer(() => Response.json(testStory()));
		const result = await loadRemoteStory(SRC, BASE, fetch);
		expect(result.ok && result.story.events.map((e) => e.id)).toEqual(['starmer-flight']);
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ url: SRC, init: { mode: 'cors', credentials: 'omit' } });
	});

	it('loads a story it published itself (resolved, with text inlined) again', async () => {
		const first = await loadRemoteStory(SRC, BASE, answer(() => Response.json(testStory())).fetch);
		if (!first.ok) throw new Error('first load failed');
		const again = await loadRemoteStory(SRC, BASE, answer(() => Response.json(first.story)).fetch);
		expect(again.ok && again.story).toEqual(first.story);
	});

	it('looks again with the browser revalidating its copy, and knows an unchanged file', async () => {
		const body = JSON.stringify(testStory());
		const { fetch, requests } = answer(() => new Response(body));
		const first = await loadRemoteStory(SRC, BASE, fetch);
		if (!first.ok) throw new Error('first load failed');
		expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(requests[0]!.init.cache).toBeUndefined();
		const refresh = { fingerprint: first.fingerprint };
		expect(await loadRemoteStory(SRC, BASE, fetch, undefined, refresh)).toEqual({
			ok: 'unchanged'
		});
		// No preflight: the browser's cache adds If-None-Match or If-Modified-Since itself.
		expect(requests[1]!.init).toMatchObject({ cache: 'no-cache', mode: 'cors' });
		expect(requests[1]!.init.headers).toBeUndefined();
	});

	it('loads a changed file on a look again', async () => {
		let title = 'First';
		const { fetch } = answer(() => Response.json(testStory({ title })));
		const first = await loadRemoteStory(SRC, BASE, fetch);
		if (!first.ok) throw new Error('first load failed');
		title = 'Second';
		const again = await loadRemoteStory(SRC, BASE, fetch, undefined, first);
		expect(again.ok === true && again.story.title).toBe('Second');
	});

	it('refuses an address that is not http(s), without fetching', async () => {
		const { fetch, requests } = answer(() => Response.json(testStory()));
		const problem = problemOf(await loadRemoteStory('javascript:alert(1)', BASE, fetch));
		expect(problem.kind).toBe('bad-url');
		expect(requests).toHaveLength(0);
	});

	it('says when the site cannot be reached or refuses CORS', async () => {
		const fetch: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		expect(problem).toMatchObject({ kind: 'network' });
		expect(say(problem)).toMatch(/news\.test.*Access-Control-Allow-Origin/);
	});

	it('says when the site does not answer in time', async () => {
		const fetch: Fetch = () => Promise.reject(new DOMException('timed out', 'TimeoutError'));
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		expect(say(problem)).toMatch(/did not answer within 30 seconds/);
	});

	it('names the HTTP status', async () => {
		const { fetch } = answer(() => new Response('gone', { status: 404, statusText: 'Not Found' }));
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		expect(problem).toMatchObject({ kind: 'http', status: 404 });
		expect(say(problem)).toBe(
			'news.test answered 404 Not Found: there is no story at that address.'
		);
	});

	it('says a body that is not JSON is no story', async () => {
		const { fetch } = answer(() => new Response('<!doctype html><p>Hello</p>'));
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		expect(problem.kind).toBe('not-json');
		expect(say(problem)).toMatch(
			/^The file is not JSON \(.+\), nor a TimelineJS spreadsheet published as CSV, so it is no story\.$/
		);
	});

	it('names the field and event of each problem in an invalid story', async () => {
		const bad = testStory();
		(bad.events[0] as { kind: string }).kind = 'party';
		const { fetch } = answer(() => Response.json(bad));
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		if (problem.kind !== 'invalid') throw new Error(`got ${problem.kind}`);
		expect(say(problem)).toBe('The story file has a problem:');
		expect(problem.issues).toEqual([
			expect.objectContaining({ file: SRC, eventId: 'starmer-flight', field: 'events[0].kind' })
		]);
	});

	it('refuses a story declared larger than the cap before reading it', async () => {
		const { fetch } = answer(
			() =>
				new Response('{}', {
					headers: { 'content-length': String(MAX_STORY_BYTES + 1) }
				})
		);
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		expect(problem.kind).toBe('too-large');
		expect(say(problem)).toBe(
			'The story file is too large: it is over 100 MB, the most an embed loads.'
		);
	});

	it('stops reading a streamed body as soon as it passes the cap', async () => {
		const megabyte = 1024 * 1024;
		const { fetch } = answer(() => streamed(MAX_STORY_BYTES / megabyte + 1, megabyte));
		const seen: number[] = [];
		const result = await loadRemoteStory(SRC, BASE, fetch, (p) => {
			if (p.phase === 'download') seen.push(p.loaded);
		});
		expect(problemOf(result).kind).toBe('too-large');
		expect(seen.at(-1)).toBe(MAX_STORY_BYTES);
	});

	it('reports the bytes read against the declared size, then the check', async () => {
		const body = JSON.stringify(testStory());
		const { fetch } = answer(
			() => new Response(body, { headers: { 'content-length': String(body.length) } })
		);
		const seen: RemoteProgress[] = [];
		expect((await loadRemoteStory(SRC, BASE, fetch, (p) => seen.push(p))).ok).toBe(true);
		expect(seen.at(-2)).toEqual({ phase: 'download', loaded: body.length, total: body.length });
		expect(seen.at(-1)).toEqual({ phase: 'check' });
	});

	it('reads a streamed body under the cap', async () => {
		const { fetch } = answer(() => streamed(4, 64 * 1024));
		// Spaces alone: read in full, then found not to be JSON.
		expect(problemOf(await loadRemoteStory(SRC, BASE, fetch)).kind).toBe('not-json');
	});

	it('says when the connection breaks off mid-body', async () => {
		const { fetch } = answer(
			() =>
				new Response(
					new ReadableStream({
						pull(controller) {
							controller.error(new TypeError('network error'));
						}
					})
				)
		);
		expect(problemOf(await loadRemoteStory(SRC, BASE, fetch)).kind).toBe('network');
	});

	// Issue 10, case 7: a body that trickles past the timeout said the connection "broke off".
	it('says the site did not answer in time when the body trickles past the timeout', async () => {
		const { fetch } = answer(
			() =>
				new Response(
					new ReadableStream({
						pull(controller) {
							controller.error(new DOMException('signal timed out', 'TimeoutError'));
						}
					})
				)
		);
		const problem = problemOf(await loadRemoteStory(SRC, BASE, fetch));
		expect(problem.kind).toBe('network');
		expect(say(problem)).toBe('news.test did not answer within 30 seconds.');
	});

	// Issue 10, case 7: a user:pass@ address got the Access-Control-Allow-Origin explanation.
	it.each(['https://user:pass@news.test/week.json', 'https://user@news.test/week.json'])(
		'refuses %s, without fetching, saying why',
		async (src) => {
			const { fetch, requests } = answer(() => Response.json(testStory()));
			const problem = problemOf(await loadRemoteStory(src, BASE, fetch));
			expect(problem.kind).toBe('bad-url');
			expect(say(problem)).toMatch(/user name or password .*leave them out/);
			expect(say(problem)).not.toMatch(/pass@|Access-Control/);
			expect(requests).toHaveLength(0);
		}
	);
});
