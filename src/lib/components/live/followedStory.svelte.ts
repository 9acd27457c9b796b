import type { ResolvedStory } from '$lib/story/types';
import type { TimelineModel } from '$lib/timeline/timelineModel';
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
	/**
	 * The story as the site publishes it now, once it differs from the one the page was built
	 * with; until then null, and the page draws its own story and model (so nothing is built
	 * twice).
	 */
	newer: ShownStory | null = $state.raw(null);
	/** The live code and its status line, once loaded: null for a page that is not live. */
	following: Following | null = $state(null);

	constructor(built: () => ResolvedStory) {
		this.#built = built;
	}

	start(): void {
		const { id } = this.#built();
		void followLive({
			src: `/stories/${encodeURIComponent(id)}.json`,
			base: location.href,
			fingerprint: null,
			story: () => this.newer?.story ?? this.#built(),
			apply: (story, model) => (this.newer = { story, model })
		}).then((live) => (this.following = live));
	}

	destroy(): void {
		this.following?.live.destroy();
	}
}
