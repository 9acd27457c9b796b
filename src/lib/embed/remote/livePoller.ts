/**
 * When a live embed looks at its story file again: every `intervalMs` (at least 15 s),
 * never while the page is hidden (it looks once it shows again, if a look came due), and
 * further apart after each failure, doubling up to ten minutes, until a look succeeds.
 * Timers and visibility come in as functions, so the schedule is tested without waiting.
 */

export const MIN_LIVE_SECONDS = 15;
export const MAX_BACKOFF_MS = 10 * 60_000;

/** What one look found. */
export type LookOutcome = 'changed' | 'unchanged' | 'failed';

export type LiveState =
	| { kind: 'waiting'; nextAt: number }
	| { kind: 'looking' }
	| { kind: 'paused' }
	| { kind: 'retrying'; failures: number; nextAt: number }
	| { kind: 'stopped' };

export interface LivePollerInput {
	intervalMs: number;
	look: () => Promise<LookOutcome>;
	onstate: (state: LiveState) => void;
	now?: () => number;
	setTimer?: (run: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

export class LivePoller {
	#input: Required<LivePollerInput>;
	#timer: unknown = null;
	#failures = 0;
	#dueAt = 0;
	#hidden = false;
	#looking = false;
	#stopped = false;

	constructor(input: LivePollerInput) {
		this.#input = {
			now: () => Date.now(),
			setTimer: (run, ms) => setTimeout(run, ms),
			clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
			...input,
			intervalMs: Math.max(input.intervalMs, MIN_LIVE_SECONDS * 1000)
		};
		this.#schedule(this.#input.intervalMs);
	}

	/** The delay before the next look: the interval, or the back-off after failures. */
	get delayMs(): number {
		const { intervalMs } = this.#input;
		return this.#failures === 0
			? intervalMs
			: Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(this.#failures, 20));
	}

	/** The page was hidden or shown again (`document.hidden`). */
	setHidden(hidden: boolean): void {
		if (this.#stopped || hidden === this.#hidden) return;
		this.#hidden = hidden;
		if (hidden) {
			this.#clear();
			if (!this.#looking) this.#input.onstate({ kind: 'paused' });
		} else if (!this.#looking) this.#schedule(Math.max(0, this.#dueAt - this.#input.now()));
	}

	stop(): void {
		this.#stopped = true;
		this.#clear();
		this.#input.onstate({ kind: 'stopped' });
	}

	#clear(): void {
		if (this.#timer !== null) this.#input.clearTimer(this.#timer);
		this.#timer = null;
	}

	#schedule(ms: number): void {
		this.#clear();
		this.#dueAt = this.#input.now() + ms;
		if (this.#hidden) {
			this.#input.onstate({ kind: 'paused' });
			return;
		}
		this.#timer = this.#input.setTimer(() => void this.#look(), ms);
		const nextAt = this.#dueAt;
		this.#input.onstate(
			this.#failures > 0
				? { kind: 'retrying', failures: this.#failures, nextAt }
				: { kind: 'waiting', nextAt }
		);
	}

	async #look(): Promise<void> {
		this.#timer = null;
		this.#looking = true;
		this.#input.onstate({ kind: 'looking' });
		let outcome: LookOutcome;
		try {
			outcome = await this.#input.look();
		} catch {
			outcome = 'failed';
		}
		this.#looking = false;
		if (this.#stopped) return;
		this.#failures = outcome === 'failed' ? this.#failures + 1 : 0;
		this.#schedule(this.delayMs);
	}
}
