import type { StoryWorker } from './storyFromWorker';
import type { WorkerMessage } from './storyWorkerProtocol';

/** A story worker for tests, that does only what a test makes it do. */
export class FakeWorker extends EventTarget implements StoryWorker {
	terminated = false;
	requests: unknown[] = [];
	postMessage(message: unknown): void {
		this.requests.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	say(data: WorkerMessage): void {
		this.dispatchEvent(Object.assign(new Event('message'), { data }));
	}
	fail(message: string): void {
		this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
	}
}
