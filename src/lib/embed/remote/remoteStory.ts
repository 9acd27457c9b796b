import { isTimelineJs } from '$lib/import/timelinejs/isTimelineJs';
import { checkStory } from '$lib/story/checkStory';
import type { LoadResult } from '$lib/story/storyLoading';
import type { ProblemWords } from '$lib/i18n/problems/en';
import type { ResolvedStory, StoryIssue } from '$lib/story/types';
import { httpUrl } from '$lib/ui/httpUrl';

/**
 * Loads a story from another site for `/embed?src=<URL>`: fetch (CORS), a size cap, JSON,
 * then the same `loadStory` the build runs. Every failure comes back as a problem a reader
 * can act on; nothing throws.
 */

/**
 * The most an embed downloads: room for 100,000 events. A seeded story of 100,000 events,
 * as /stories/<id>.json publishes it (positions, resolved dates, its source text), is about
 * 84 MB (`generateStory` in tests/bench/stories.js); real events may run longer.
 */
export const MAX_STORY_BYTES = 100 * 1024 * 1024;
export const MAX_STORY_SIZE_TEXT = '100 MB';
/** A server that accepts the request but never answers would leave the frame loading forever. */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * Why a story could not be loaded, and what to say of it: a message of the problems'
 * catalogue (i18n/problems) and its places, written in the reader's language by `problemText`.
 */
export type RemoteProblem = ProblemWords &
	(
		| { kind: 'bad-url' }
		| { kind: 'network' }
		| { kind: 'http'; status: number }
		| { kind: 'too-large' }
		| { kind: 'not-json' }
		| { kind: 'invalid'; issues: StoryIssue[] }
	);

export type RemoteResult =
	| {
			ok: true;
			story: ResolvedStory;
			url: URL;
			/**
			 * The file's SHA-256 (hex), by which a live embed knows the file has not changed;
			 * null where the browser offers no digest (a page not served over https).
			 */
			fingerprint: string | null;
	  }
	| { ok: false; problem: RemoteProblem };

/** A live embed's look again found the same file: nothing to parse or check. */
export type Unchanged = { ok: 'unchanged' };

/**
 * A live embed's look again: the browser revalidates its copy (`If-None-Match` or
 * `If-Modified-Since`, from the validators the server sent), and a file with the
 * `fingerprint` of the last one is not checked again.
 */
export interface Refresh {
	fingerprint: string | null;
}

export type Fetch = (url: URL, init: RequestInit) => Promise<Response>;

/** How far loading has got: bytes read (of `total`, when the server says), then checking. */
export type RemoteProgress =
	{ phase: 'download'; loaded: number; total: number | null } | { phase: 'check' };

/** `src` is read against `base`, the embed's own address; only http(s) URLs are fetched. */
export function loadRemoteStory(
	src: string,
	base: string,
	fetch: Fetch,
	onprogress?: (progress: RemoteProgress) => void
): Promise<RemoteResult>;
export function loadRemoteStory(
	src: string,
	base: string,
	fetch: Fetch,
	onprogress: ((progress: RemoteProgress) => void) | undefined,
	refresh: Refresh | undefined
): Promise<RemoteResult | Unchanged>;
export async function loadRemoteStory(
	src: string,
	base: string,
	fetch: Fetch,
	onprogress: (progress: RemoteProgress) => void = () => {},
	refresh?: Refresh
): Promise<RemoteResult | Unchanged> {
	const url = httpUrl(src, base);
	if (!url) return fail({ kind: 'bad-url', key: 'badUrl', values: { src } });
	if (url.username || url.password) return fail({ kind: 'bad-url', key: 'credentials' });

	let response: Response;
	try {
		response = await fetch(url, {
			mode: 'cors',
			credentials: 'omit',
			// A plain request (no preflight): the browser adds the validators itself, and a
			// server's 304 comes back as the cached file.
			...(refresh ? { cache: 'no-cache' as const } : {}),
			signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
		});
	} catch (error) {
		return fail(
			timedOut(error)
				? notInTime(url)
				: { kind: 'network', key: 'unreachable', values: { host: url.host } }
		);
	}
	if (!response.ok) {
		const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
		return fail({
			kind: 'http',
			status: response.status,
			key: response.status === 404 ? 'notFound' : 'http',
			values: { host: url.host, status }
		});
	}

	let bytes: Uint8Array | null;
	try {
		bytes = await readCapped(response, onprogress);
	} catch (error) {
		// The timeout covers the whole body too: a server that trickles is as stuck as a silent one.
		return fail(
			timedOut(error)
				? notInTime(url)
				: { kind: 'network', key: 'brokeOff', values: { host: url.host } }
		);
	}
	if (bytes === null)
		return fail({ kind: 'too-large', key: 'tooLarge', values: { size: MAX_STORY_SIZE_TEXT } });
	const fingerprint = await sha256(bytes);
	if (fingerprint !== null && refresh?.fingerprint === fingerprint) return { ok: 'unchanged' };
	const text = new TextDecoder().decode(bytes);

	const loaded = await storyFrom(text, url, onprogress);
	if ('kind' in loaded) return fail(loaded);
	if (!loaded.ok)
		return fail({
			kind: 'invalid',
			key: 'invalid',
			values: { n: loaded.issues.length },
			issues: loaded.issues
		});
	return { ok: true, story: loaded.story, url, fingerprint };
}

async function sha256(bytes: Uint8Array): Promise<string | null> {
	if (!globalThis.crypto?.subtle) return null;
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
	return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The story in a file's text: JSON (a story or TimelineJS), or a TimelineJS spreadsheet. */
async function storyFrom(
	text: string,
	url: URL,
	onprogress: (progress: RemoteProgress) => void
): Promise<LoadResult | RemoteProblem> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof SyntaxError ? error.message : String(error);
		// A spreadsheet published as CSV: its reader loads only for one.
		const csv = await import('$lib/import/timelinejs/loadTimelineCsv');
		if (!csv.looksLikeCsv(text)) return { kind: 'not-json', key: 'notJson', values: { detail } };
		onprogress({ phase: 'check' });
		return csv.loadTimelineCsv(text, url);
	}
	onprogress({ phase: 'check' });
	// A TimelineJS file is converted to a story first (src/lib/import/timelinejs): its importer
	// loads only for such a file, so the checker's own first load stays small.
	return isTimelineJs(json)
		? await (await import('$lib/import/timelinejs/loadTimelineJs')).loadTimelineJs(json, url)
		: checkStory(json, url.href);
}

function timedOut(error: unknown): boolean {
	return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

function notInTime(url: URL): RemoteProblem {
	return {
		kind: 'network',
		key: 'timeout',
		values: { host: url.host, seconds: FETCH_TIMEOUT_MS / 1000 }
	};
}

function fail(problem: RemoteProblem): RemoteResult {
	return { ok: false, problem };
}

/** The body's bytes, or null past the cap: stops reading as soon as it is passed. */
async function readCapped(
	response: Response,
	onprogress: (progress: RemoteProgress) => void
): Promise<Uint8Array | null> {
	const declared = Number(response.headers.get('content-length'));
	// A compressed response declares its compressed length, which the text read outgrows.
	const total = declared > 0 ? declared : null;
	if (declared > MAX_STORY_BYTES) {
		await response.body?.cancel();
		return null;
	}
	if (!response.body) return new Uint8Array(0);
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_STORY_BYTES) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
		onprogress({ phase: 'download', loaded: size, total });
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
