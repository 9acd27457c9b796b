import { SvelteMap } from 'svelte/reactivity';
import type { Announcer } from '$lib/a11y/announcer.svelte';
import { LivePoller, type LiveState, type LookOutcome } from '$lib/embed/remote/livePoller';
import { loadStoryOffThread } from '$lib/embed/remote/loadStoryOffThread';
import { changesMessage } from '$lib/i18n/live/changesMessage';
import {
	hasChanges,
	storyChanges,
	heldThenNewer,
	type StoryChanges
} from '$lib/story/storyChanges';
import type { ResolvedStory } from '$lib/story/types';
import { timelineModelInSlices, type TimelineModel } from '$lib/timeline/timelineModel';
import type { FreshMarks, Freshness } from '../timeline/freshMarks';

export interface LiveStoryInput {
	src: string;
	/** The embed's own address, which `src` is read against. */
	base: string;
	seconds: number;
	/** The file's fingerprint when it was first loaded (see remoteStory.ts). */
	fingerprint: string | null;
	/** The story on screen. */
	story: () => ResolvedStory;
	/** Puts the new version on screen. */
	apply: (story: ResolvedStory, model: TimelineModel) => void;
}

interface Update {
	story: ResolvedStory;
	model: TimelineModel;
	changes: StoryChanges;
}

/** What the live line under the embed says, quietly. */
export type LiveNote =
	| { kind: 'live'; checkedAt: number | null }
	| { kind: 'held' }
	| { kind: 'paused' }
	| { kind: 'failed'; reason: string; nextAt: number }
	| { kind: 'invalid'; nextAt: number };

/**
 * A story from elsewhere that follows its file (`/embed?src=…&live=60`): looks again on the
 * poller's schedule, merges a change without moving the view (the timeline keeps the time on
 * screen) and, while the pointer is over the timeline, holds it until the pointer leaves,
 * so nothing moves under it. New and updated events are marked, and the change is
 * announced politely. A file that turns bad leaves the last good story on screen.
 */
export class LiveStory implements Pick<FreshMarks, 'of'> {
	note: LiveNote = $state({ kind: 'live', checkedAt: null });
	readonly #fresh = new SvelteMap<string, Freshness>();
	#input: LiveStoryInput;
	#fingerprint: string | null;
	#poller: LivePoller;
	#pending: Update | null = null;
	#inPlot = false;
	#announcer: Announcer | null = null;
	#lastProblem: 'network' | 'invalid' | null = null;
	#failureReason = '';
	#cleanup: (() => void)[] = [];

	constructor(input: LiveStoryInput) {
		this.#input = input;
		this.#fingerprint = input.fingerprint;
		this.#poller = new LivePoller({
			intervalMs: input.seconds * 1000,
			look: () => this.#look(),
			onstate: (state) => this.#onState(state)
		});
		this.#listen(document, 'visibilitychange', () => this.#poller.setHidden(document.hidden));
		this.#listen(document, 'pointerover', (event) => this.#pointerAt(event.target));
		this.#listen(document.documentElement, 'pointerleave', () => this.#pointerAt(null));
		this.#poller.setHidden(document.hidden);
	}

	of(id: string): Freshness | undefined {
		return this.#fresh.get(id);
	}

	/** Changes are said through the page's one polite live region. */
	speakThrough(announcer: Announcer): void {
		this.#announcer = announcer;
	}

	destroy(): void {
		this.#poller.stop();
		for (const remove of this.#cleanup) remove();
	}

	#listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
		target.addEventListener(type, handler);
		this.#cleanup.push(() => target.removeEventListener(type, handler));
	}

	#pointerAt(target: EventTarget | null): void {
		this.#inPlot = target instanceof Element && target.closest('[data-sourceline-plot]') !== null;
		if (!this.#inPlot && this.#pending) this.#show(this.#pending);
	}

	async #look(): Promise<LookOutcome> {
		const { src, base } = this.#input;
		const result = await loadStoryOffThread(src, base, () => {}, {
			refresh: { fingerprint: this.#fingerprint }
		});
		if (result.ok === 'unchanged') return this.#fine('unchanged');
		if (!result.ok) {
			this.#lastProblem = result.problem.kind === 'invalid' ? 'invalid' : 'network';
			// The problem's words load only when a look goes wrong.
			const { sayProblem } = await import('$lib/i18n/problems/words');
			this.#failureReason = await sayProblem(result.problem);
			return 'failed';
		}
		this.#fingerprint = result.fingerprint;
		const before = this.#pending?.story ?? this.#input.story();
		const changes = storyChanges(before, result.story);
		if (!hasChanges(changes)) return this.#fine('unchanged');
		const { story } = result;
		const model = await timelineModelInSlices(
			story.events,
			story.eras ?? [],
			story.displayTimeZone,
			() => new Promise((resolve) => setTimeout(resolve, 0))
		);
		const update = { story, model, changes: heldThenNewer(this.#pending?.changes, changes) };
		if (this.#inPlot) {
			this.#pending = update;
			this.note = { kind: 'held' };
		} else this.#show(update);
		return this.#fine('changed');
	}

	#fine(outcome: LookOutcome): LookOutcome {
		this.#lastProblem = null;
		return outcome;
	}

	#show(update: Update): void {
		this.#pending = null;
		const { added, updated, removed } = update.changes;
		for (const id of removed) this.#fresh.delete(id);
		for (const id of added) this.#fresh.set(id, 'new');
		for (const id of updated) if (this.#fresh.get(id) !== 'new') this.#fresh.set(id, 'updated');
		this.#input.apply(update.story, update.model);
		this.note = { kind: 'live', checkedAt: Date.now() };
		this.#announcer?.announce(changesMessage(update.changes));
	}

	#onState(state: LiveState): void {
		if (state.kind === 'paused') this.note = { kind: 'paused' };
		else if (state.kind === 'retrying')
			this.note =
				this.#lastProblem === 'invalid'
					? { kind: 'invalid', nextAt: state.nextAt }
					: { kind: 'failed', reason: this.#failureReason, nextAt: state.nextAt };
		else if (state.kind === 'waiting' && !this.#pending)
			this.note = { kind: 'live', checkedAt: Date.now() };
	}
}
