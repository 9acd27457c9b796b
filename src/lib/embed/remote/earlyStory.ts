import { storyFromWorker, type OffThreadOptions } from './storyFromWorker';
import type { RemoteProgress, RemoteResult } from './remoteStory';

/**
 * The story of `/embed?src=` starts loading as this module runs: the page loads it in a
 * script of its own (see src/lib/island/entries.ts), which runs as soon as its few small
 * files are in, so the worker fetches and checks the story while the embed's own script
 * still downloads and draws the page. The embed then takes that load (`takeEarlyStory`)
 * rather than starting another. Only in a worker: loading on the page needs the checker,
 * which the embed's own script imports if it must (loadStoryOffThread.ts).
 */
export interface EarlyStory {
	src: string;
	/** The story, or null where no worker could start (the embed loads it itself then). */
	result: Promise<RemoteResult | null>;
	/** The latest progress reported, handed to whoever takes the load. */
	progress: RemoteProgress | null;
	onprogress: ((progress: RemoteProgress) => void) | null;
	/** A load is taken once: another view of the page starts its own. */
	taken: boolean;
}

/** Starts loading the story the page's address names, if it names one. */
export function startEarlyStory(
	address: string,
	options?: Omit<OffThreadOptions, 'refresh'>
): EarlyStory | null {
	const src = new URL(address).searchParams.get('src');
	if (!src) return null;
	const early: Omit<EarlyStory, 'result'> = { src, progress: null, onprogress: null, taken: false };
	const report = (progress: RemoteProgress) => {
		early.progress = progress;
		early.onprogress?.(progress);
	};
	const noWorker = async () => null;
	const result = storyFromWorker(src, address, report, options ?? {}, noWorker);
	return Object.assign(early, { result: result as Promise<RemoteResult | null> });
}

const started: EarlyStory | null =
	typeof document === 'undefined' || typeof Worker === 'undefined'
		? null
		: startEarlyStory(location.href);

/**
 * The load started for `src`, reporting its progress from now on (the latest at once),
 * or null if none was (another address, or already taken).
 */
export function takeEarlyStory(
	src: string,
	onprogress: (progress: RemoteProgress) => void,
	early: EarlyStory | null = started
): Promise<RemoteResult | null> | null {
	if (!early || early.taken || early.src !== src) return null;
	early.taken = true;
	early.onprogress = onprogress;
	if (early.progress) onprogress(early.progress);
	return early.result;
}
