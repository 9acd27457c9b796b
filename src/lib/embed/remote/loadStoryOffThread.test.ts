import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStoryOffThread } from './loadStoryOffThread';
import { FakeWorker } from './testWorker';
import { problemsEn, type ProblemWords } from '$lib/i18n/problems/en';
import { problemText } from '$lib/i18n/problems/problemText';

/** A problem as an English reader reads it. */
const say = (problem: ProblemWords) => problemText(problem, problemsEn);

function start(worker: FakeWorker, silenceMs = 60_000) {
	const progress: unknown[] = [];
	const result = loadStoryOffThread(
		'https://news.test/s.json',
		'https://site.test/embed',
		(p) => progress.push(p),
		{
			startWorker: () => worker,
			silenceMs
		}
	);
	return { result, progress };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('loading a story in a worker', () => {
	it('gives up on a check that says nothing within the limit, with a message', async () => {
		vi.useFakeTimers();
		const worker = new FakeWorker();
		const { result, progress } = start(worker);
		worker.say({ type: 'progress', progress: { phase: 'check' } });
		expect(progress).toEqual([{ phase: 'check' }]);
		await vi.advanceTimersByTimeAsync(59_000);
		worker.say({ type: 'progress', progress: { phase: 'check' } });
		await vi.advanceTimersByTimeAsync(60_000);
		const outcome = await result;
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(say(outcome.problem)).toMatch(/^Checking the story took more than 60 seconds/);
		expect(worker.terminated).toBe(true);
	});

	it('names a worker that fails after it has started', async () => {
		const worker = new FakeWorker();
		const { result } = start(worker);
		worker.say({ type: 'progress', progress: { phase: 'check' } });
		worker.fail('Maximum call stack size exceeded');
		const outcome = await result;
		if (outcome.ok !== false) throw new Error('loaded');
		expect(outcome.problem.kind).toBe('network');
		expect(say(outcome.problem)).toBe(
			'The story could not be loaded (Maximum call stack size exceeded).'
		);
		expect(worker.terminated).toBe(true);
	});

	it('names a message from the worker that the page cannot read', async () => {
		const worker = new FakeWorker();
		const { result } = start(worker);
		worker.dispatchEvent(new Event('messageerror'));
		const outcome = await result;
		expect(outcome.ok || say(outcome.problem)).toMatch(/could not be passed from the worker/);
	});

	it('hands on what the worker says it found', async () => {
		const worker = new FakeWorker();
		const { result } = start(worker);
		expect(worker.requests).toEqual([
			{ src: 'https://news.test/s.json', base: 'https://site.test/embed' }
		]);
		const problem = { kind: 'not-json', key: 'notJson', values: { detail: 'at 1:1' } } as const;
		worker.say({ type: 'done', result: { ok: false, problem } });
		expect(await result).toEqual({ ok: false, problem });
	});
});
