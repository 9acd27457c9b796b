import { pinnedMaxRows, SCROLLING_MAX_ROWS, STORY_ROW_HEIGHT } from '$lib/ui/pinnedRows';
import type { RowOptions } from '../timeline/timelineView.svelte';

/**
 * The story page's timeline, pinned at the top of the window while the article scrolls
 * under it where the window is wide and tall enough (the CSS of FullStory.svelte, which uses
 * these queries). Pinned, it keeps to its share of the height: lower rows, fewer of them on
 * a short window, and its help and legend folded behind their button unless the window is
 * tall enough for them too.
 */

export const PINNED_QUERY = '(min-width: 48rem) and (min-height: 44rem)';
/** Where the help and legend start folded: pinned, and under 60rem (960 px) tall. */
export const KEY_FOLDED_QUERY = `${PINNED_QUERY} and (max-height: 59.99rem)`;

/** The same height at every size, so the prerendered picture is the same. */
const ROW_HEIGHT = STORY_ROW_HEIGHT;
/** Everything pinned but the rows: padding, toolbar, axis, overview strip and gaps. */
const CHROME = 130;
/** However short or tall the window, as the default most (layoutTypes.ts). */
const LIMITS = { min: 3, max: 8 };

export class PinnedTimeline {
	/** Null until mounted: the CSS folds the key where KEY_FOLDED_QUERY holds. */
	keyOpen: boolean | null = $state(null);
	#pinned = $state(false);
	#height = $state(0);
	readonly rows: RowOptions = $derived(
		this.#pinned
			? {
					rowHeight: ROW_HEIGHT,
					maxRows: pinnedMaxRows(this.#height, { chrome: CHROME, rowHeight: ROW_HEIGHT, ...LIMITS })
				}
			: { rowHeight: ROW_HEIGHT, maxRows: SCROLLING_MAX_ROWS }
	);

	/** Call once mounted: follows the window's size; returns what stops that. */
	start(): () => void {
		this.keyOpen = !matchMedia(KEY_FOLDED_QUERY).matches;
		const pinned = matchMedia(PINNED_QUERY);
		const measure = () => {
			this.#pinned = pinned.matches;
			this.#height = innerHeight;
		};
		measure();
		addEventListener('resize', measure);
		return () => removeEventListener('resize', measure);
	}
}
