import type { Fetch, RemoteProgress, RemoteResult } from './remoteStory';
import { StoryAssembler, type WorkerMessage, type WorkerRequest } from './storyWorkerProtocol';

/**
 * Loads a story from elsewhere in a Web Worker (fetch, size cap, JSON, the story checker),
 * reporting progress. The checker is not part of the page's own JavaScript: it ships in the
 * worker's file, or, where no worker can start, is imported on demand and run here.
 */
export class StoryLoad {
	readonly src: string;
	readonly result: Promise<RemoteResult>;
	#latest: RemoteProgress | null = null;
	#listener: ((progress: RemoteProgress) => void) | null = null;

	constructor(src: string, base: string) {
		this.src = src;
		this.result = loadInWorker(src, base, (progress) => {
			this.#latest = progress;
			this.#listener?.(progress);
		});
	}

	/** Hears how far loading has got, starting with where it is now. */
	onprogress(listener: (progress: RemoteProgress) => void): void {
		this.#listener = listener;
		if (this.#latest) listener(this.#latest);
	}
}

let early: StoryLoad | null = null;

/**
 * Starts loading the story `?src=` of `href` names as soon as the page's code runs, before
 * Kit draws the page: the worker's start-up and the story's download overlap the page's own.
 */
export function startStoryLoad(href: string): void {
	const src = new URL(href).searchParams.get('src');
	if (src) early = new StoryLoad(src, href);
}

/** The load of `src`: the one started early (taken once), or a new one. */
export function storyLoad(src: string, base: string): StoryLoad {
	const started = early?.src === src ? early : null;
	early = null;
	return started ?? new StoryLoad(src, base);
}

function loadInWorker(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void
): Promise<RemoteResult> {
	if (typeof Worker === 'undefined') return loadOnPage(src, base, onprogress);
	return new Promise((resolve) => {
		let heard = false;
		const story = new StoryAssembler();
		const worker = new Worker(new URL('./storyWorker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
			heard = true;
			const message = event.data;
			if (message.type === 'progress') onprogress(message.progress);
			else if (message.type === 'part') story.add(message);
			else {
				worker.terminate();
				resolve(story.finish(message.result));
			}
		});
		// A worker that never started (a host's policy, an old browser): load on the page.
		worker.addEventListener('error', (event) => {
			worker.terminate();
			if (!heard) {
				event.preventDefault();
				resolve(loadOnPage(src, base, onprogress));
			} else
				resolve({
					ok: false,
					problem: { kind: 'network', message: `The story could not be loaded (${event.message}).` }
				});
		});
		worker.postMessage({ src, base } satisfies WorkerRequest);
	});
}

async function loadOnPage(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void
): Promise<RemoteResult> {
	const { loadRemoteStory } = await import('./remoteStory');
	const pageFetch: Fetch = (url, init) => fetch(url, init);
	return loadRemoteStory(src, base, pageFetch, onprogress);
}
