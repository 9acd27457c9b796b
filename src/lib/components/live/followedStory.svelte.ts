import type { ResolvedStory } from '$lib/story/types';
import { timelineModel, type TimelineModel } from '$lib/timeline/timelineModel';
import { followLive, type Following } from './followLive';

/** A story with its timeline model, as a page draws it. */
export interface ShownStory {
	story: ResolvedStory;
	model: TimelineModel;
}

/**
 * A built story on a page of this site (its page, its embed), which follows the story's
 * published file when the address asks for it (`live=<seconds>`): a newsroom that publishes
 * again is seen without a reload. Create it while the page's component initialises; call
 * `start` once mounted and `destroy` when it goes.
 */
export class FollowedStory {
	#built: () => ResolvedStory;
	readonly #model = $derived.by(() => {
		const story = this.#built();
		return timelineModel(story.events, story.eras ?? [], story.displayTimeZone);
	});
	#newer: ShownStory | null = $state.raw(null);
	/** The live code and its status line, once loaded: null for a page that is not live. */
	following: Following | null = $state(null);
	readonly shown: ShownStory = $derived.by(
		() => this.#newer ?? { story: this.#built(), model: this.#model }
	);

	constructor(built: () => ResolvedStory) {
		this.#built = built;
	}

	start(): void {
		const { id } = this.#built();
		void followLive({
			src: `/stories/${encodeURIComponent(id)}.json`,
			base: location.href,
			fingerprint: null,
			story: () => this.shown.story,
			apply: (story, model) => (this.#newer = { story, model })
		}).then((live) => (this.following = live));
	}

	destroy(): void {
		this.following?.live.destroy();
	}
}
