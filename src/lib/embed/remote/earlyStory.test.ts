import { describe, expect, it } from 'vitest';
import { startEarlyStory, takeEarlyStory } from './earlyStory';
import { FakeWorker } from './testWorker';

const page = 'https://site.test/embed?src=https%3A%2F%2Fnews.test%2Fs.json&lang=fr';

describe('the story loaded from the first script', () => {
	it('starts on an address with a story, asking the worker for it at once', () => {
		const worker = new FakeWorker();
		expect(startEarlyStory(page, { startWorker: () => worker })).not.toBeNull();
		expect(worker.requests).toEqual([{ src: 'https://news.test/s.json', base: page }]);
		expect(
			startEarlyStory('https://site.test/embed?lang=fr', { startWorker: () => worker })
		).toBeNull();
		expect(worker.requests).toHaveLength(1);
	});

	it('is taken once, for its own address, with the progress so far and to come', async () => {
		const worker = new FakeWorker();
		const early = startEarlyStory(page, { startWorker: () => worker })!;
		worker.say({ type: 'progress', progress: { phase: 'download', loaded: 10, total: 100 } });
		worker.say({ type: 'progress', progress: { phase: 'download', loaded: 60, total: 100 } });

		const heard: unknown[] = [];
		expect(takeEarlyStory('https://news.test/other.json', () => {}, early)).toBeNull();
		const result = takeEarlyStory('https://news.test/s.json', (p) => heard.push(p), early);
		expect(result).toBe(early.result);
		expect(heard).toEqual([{ phase: 'download', loaded: 60, total: 100 }]);
		worker.say({ type: 'progress', progress: { phase: 'check' } });
		expect(heard).toHaveLength(2);
		expect(takeEarlyStory('https://news.test/s.json', () => {}, early)).toBeNull();

		const problem = { kind: 'network', key: 'unreachable' } as const;
		worker.say({ type: 'done', result: { ok: false, problem } });
		expect(await result).toEqual({ ok: false, problem });
		expect(worker.terminated).toBe(true);
	});

	it('answers null where the worker never started, for the embed to load the story itself', async () => {
		const worker = new FakeWorker();
		const early = startEarlyStory(page, { startWorker: () => worker })!;
		worker.fail('blocked by the page’s policy');
		expect(await takeEarlyStory('https://news.test/s.json', () => {}, early)).toBeNull();
	});

	it('is not started where there is no page (prerendering, tests in Node)', () => {
		expect(takeEarlyStory('https://news.test/s.json', () => {})).toBeNull();
	});
});
