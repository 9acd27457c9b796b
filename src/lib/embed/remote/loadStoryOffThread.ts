import type { Fetch, Refresh, RemoteProgress, RemoteResult, Unchanged } from './remoteStory';
import { defaultWorker, storyFromWorker, type OffThreadOptions } from './storyFromWorker';

/**
 * Loads a story from elsewhere in a Web Worker (storyFromWorker.ts), reporting progress. The
 * checker is not part of the page's own JavaScript: it ships in the worker's file, or, where
 * no worker can start, is imported on demand and run here.
 */
export function loadStoryOffThread(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	options?: Omit<OffThreadOptions, 'refresh'>
): Promise<RemoteResult>;
export function loadStoryOffThread(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	options: OffThreadOptions & { refresh: Refresh }
): Promise<RemoteResult | Unchanged>;
export function loadStoryOffThread(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	options: OffThreadOptions = {}
): Promise<RemoteResult | Unchanged> {
	const onPage = () => loadOnPage(src, base, onprogress, options.refresh);
	if (typeof Worker === 'undefined' && (options.startWorker ?? defaultWorker) === defaultWorker)
		return onPage();
	// The page's own load never answers null.
	return storyFromWorker(src, base, onprogress, options, onPage) as Promise<
		RemoteResult | Unchanged
	>;
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
