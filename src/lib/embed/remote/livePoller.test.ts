import { describe, expect, it } from 'vitest';
import { parseLiveSeconds } from './liveOption';
import { LivePoller, MAX_BACKOFF_MS, type LiveState, type LookOutcome } from './livePoller';

/** A clock and timers that move only when told: the schedule, without waiting. */
function fakeTime() {
	let now = 0;
	let timers: { at: number; run: () => void; id: number }[] = [];
	let next = 1;
	return {
		now: () => now,
		setTimer: (run: () => void, ms: number) => {
			const id = next++;
			timers.push({ at: now + ms, run, id });
			return id;
		},
		clearTimer: (id: unknown) => {
			timers = timers.filter((t) => t.id !== id);
		},
		pending: () => timers.length,
		/** Moves the clock on to the next timer and runs it; returns the wait. */
		async fire(): Promise<number> {
			timers.sort((a, b) => a.at - b.at);
			const timer = timers.shift();
			if (!timer) throw new Error('no timer set');
			const waited = timer.at - now;
			now = timer.at;
			timer.run();
			// Lets the look's promise settle.
			for (let i = 0; i < 5; i++) await Promise.resolve();
			return waited;
		},
		advance(ms: number) {
			now += ms;
		}
	};
}

function poller(outcomes: LookOutcome[], intervalMs = 60_000) {
	const time = fakeTime();
	const states: LiveState[] = [];
	let looks = 0;
	const live = new LivePoller({
		intervalMs,
		look: async () => outcomes[looks++] ?? 'unchanged',
		onstate: (state) => states.push(state),
		...time
	});
	return { live, time, states, looks: () => looks };
}

describe('LivePoller', () => {
	it('looks again at the interval', async () => {
		const { time, looks } = poller([]);
		expect(await time.fire()).toBe(60_000);
		expect(await time.fire()).toBe(60_000);
		expect(looks()).toBe(2);
	});

	it('never looks more often than every 15 seconds', async () => {
		const { time } = poller([], 1000);
		expect(await time.fire()).toBe(15_000);
	});

	it('backs off after each failure, doubling up to ten minutes, and comes back after a success', async () => {
		const { time, states } = poller(['failed', 'failed', 'failed', 'failed', 'failed', 'changed']);
		const waits = [];
		for (let i = 0; i < 7; i++) waits.push(await time.fire());
		expect(waits).toEqual([
			60_000,
			120_000,
			240_000,
			480_000,
			MAX_BACKOFF_MS,
			MAX_BACKOFF_MS,
			60_000
		]);
		expect(states).toContainEqual(expect.objectContaining({ kind: 'retrying', failures: 5 }));
		expect(states.at(-1)).toEqual({ kind: 'waiting', nextAt: expect.any(Number) });
	});

	it('pauses while the page is hidden, and looks when it shows if a look came due', async () => {
		const { live, time, states, looks } = poller([]);
		live.setHidden(true);
		expect(time.pending()).toBe(0);
		expect(states.at(-1)).toEqual({ kind: 'paused' });
		time.advance(90_000);
		live.setHidden(false);
		expect(await time.fire()).toBe(0);
		expect(looks()).toBe(1);
	});

	it('keeps the rest of the wait when the page shows again before a look is due', async () => {
		const { live, time } = poller([]);
		time.advance(20_000);
		live.setHidden(true);
		live.setHidden(false);
		expect(await time.fire()).toBe(40_000);
	});

	it('stops for good', async () => {
		const { live, time, states } = poller([]);
		live.stop();
		expect(time.pending()).toBe(0);
		live.setHidden(false);
		expect(states.at(-1)).toEqual({ kind: 'stopped' });
	});

	it('keeps one timer over a thousand looks', async () => {
		const { time, looks } = poller([]);
		for (let i = 0; i < 1000; i++) {
			await time.fire();
			expect(time.pending()).toBe(1);
		}
		expect(looks()).toBe(1000);
	});
});

describe('parseLiveSeconds', () => {
	it.each([
		[null, null, 0],
		['', null, 0],
		['60', 60, 0],
		['5', 15, 1],
		['soon', null, 1],
		['-3', null, 1]
	])('live=%j is %j seconds, with %i warnings', (value, seconds, warnings) => {
		const parsed = parseLiveSeconds(value);
		expect(parsed.seconds).toBe(seconds);
		expect(parsed.warnings).toHaveLength(warnings);
	});
});
