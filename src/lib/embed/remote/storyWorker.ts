// A dedicated worker: fetches, parses and checks a story from elsewhere (/embed?src=) off the
// page's main thread, so a story of 100,000 events never freezes the frame while it loads.
import { loadRemoteStory, type RemoteResult, type Unchanged } from './remoteStory';
import {
	notLoaded,
	toMessages,
	type WorkerMessage,
	type WorkerRequest
} from './storyWorkerProtocol';

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const { src, base, refresh } = event.data;
	loadRemoteStory(
		src,
		base,
		(url, init) => fetch(url, init),
		(progress) => post({ type: 'progress', progress }),
		refresh
	)
		// loadRemoteStory answers every failure it knows; this is for the ones it does not.
		.catch((error: unknown): RemoteResult | Unchanged => notLoaded(error))
		.then((result) => {
			try {
				for (const message of toMessages(result)) post(message);
			} catch (error) {
				// A story that cannot be copied to the page (a structured clone that fails):
				// the page must still hear that it is done.
				post({ type: 'done', result: notLoaded(error) });
			}
		});
});
