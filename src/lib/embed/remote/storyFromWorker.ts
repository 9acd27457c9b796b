import type { Refresh, RemoteProgress, RemoteResult, Unchanged } from './remoteStory';
import {
	notLoaded,
	StoryAssembler,
	type WorkerMessage,
	type WorkerRequest
} from './storyWorkerProtocol';

/**
 * How long the worker may go without a word. Downloading sends progress as bytes arrive (and
 * gives up itself after 30 seconds); checking sends nothing until it is done, so this is the
 * time limit of the check.
 */
export const WORKER_SILENCE_MS = 60_000;

/** What this module needs of a Worker: a fake one stands in for it in tests. */
export type StoryWorker = Pick<Worker, 'addEventListener' | 'postMessage' | 'terminate'>;

export interface OffThreadOptions {
	startWorker?: () => StoryWorker;
	silenceMs?: number;
	/** A live embed's look again (see remoteStory.ts). */
	refresh?: Refresh;
}

/** What the worker answers; else what loading on the page does instead (`onPage`). */
type WorkerOutcome = RemoteResult | Unchanged | null;

/**
 * Loads a story from elsewhere in a Web Worker (fetch, size cap, JSON, the story checker),
 * reporting progress. Every way the worker can fail (an error, a message that cannot be read,
 * silence past the limit) ends in a problem to show, never in a frame left loading; a worker
 * that never started (a host's policy, an old browser) hands over to `onPage()`.
 */
export function storyFromWorker(
	src: string,
	base: string,
	onprogress: (progress: RemoteProgress) => void,
	{ startWorker = defaultWorker, silenceMs = WORKER_SILENCE_MS, refresh }: OffThreadOptions,
	onPage: () => Promise<WorkerOutcome>
): Promise<WorkerOutcome> {
	return new Promise((resolve) => {
		let heard = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const story = new StoryAssembler();
		const worker = startWorker();
		const finish = (result: WorkerOutcome | Promise<WorkerOutcome>) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(result);
		};
		const wait = () => {
			clearTimeout(timer);
			timer = setTimeout(
				() =>
					finish({
						ok: false,
						problem: {
							kind: 'network',
							key: 'slow',
							values: { seconds: silenceMs / 1000 }
						}
					}),
				silenceMs
			);
		};
		worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
			heard = true;
			wait();
			const message = event.data;
			if (message.type === 'progress') onprogress(message.progress);
			else if (message.type === 'part') story.add(message);
			else finish(story.finish(message.result));
		});
		worker.addEventListener('messageerror', () =>
			finish(notLoaded('the story could not be passed from the worker to the page'))
		);
		worker.addEventListener('error', (event: ErrorEvent) => {
			// A worker that never started: loaded on the page instead.
			if (!heard) {
				event.preventDefault();
				finish(onPage());
			} else finish(notLoaded(event.message || 'the worker stopped'));
		});
		wait();
		worker.postMessage({ src, base, refresh } satisfies WorkerRequest);
	});
}

export function defaultWorker(): StoryWorker {
	return new Worker(new URL('./storyWorker.ts', import.meta.url), { type: 'module' });
}
