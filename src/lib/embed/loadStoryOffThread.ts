import type { Fetch, Refresh, RemoteProgress, RemoteResult, Unchanged } from './remoteStory';
import { StoryAssembler, type WorkerMessage, type WorkerRequest } from './storyWorkerProtocol';

/**
 * Loads a story from elsewhere in a Web Worker (fetch, size cap, JSON, the story checker),
 * reporting progress. The checker is not part of the page's own JavaScript: it ships in the
 * worker's file, or, where no worker can start, is imported on demand and run here.
 */
export function loadStoryOffThread(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void
): Promise<RemoteResult>;
export function loadStoryOffThread(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	refresh: Refresh
): Promise<RemoteResult | Unchanged>;
export function loadStoryOffThread(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	refresh?: Refresh
): Promise<RemoteResult | Unchanged> {
	if (typeof Worker === 'undefined') return loadOnPage(src, base, onprogress, refresh);
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
				resolve(loadOnPage(src, base, onprogress, refresh));
			} else
				resolve({
					ok: false,
					problem: { kind: 'network', message: `The story could not be loaded (${event.message}).` }
				});
		});
		worker.postMessage({ src, base, refresh } satisfies WorkerRequest);
	});
}

async function loadOnPage(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	refresh: Refresh | undefined
): Promise<RemoteResult | Unchanged> {
	const { loadRemoteStory } = await import('./remoteStory');
	const pageFetch: Fetch = (url, init) => fetch(url, init);
	return loadRemoteStory(src, base, pageFetch, onprogress, refresh);
}
