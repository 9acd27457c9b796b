import type { StorySelection } from './storySelection.svelte';

/**
 * On a phone (a narrow window, or a finger for a pointer) an event opens in a sheet over the
 * timeline, not in the card above the article far down the page. The sheet has its own entry
 * in the history, so the browser's Back closes it and the reader is where they were; closing
 * it otherwise (Escape, its close button, a swipe down) goes back too. "Read the full
 * article" shuts it and leaves the event open in the article, its entry kept: Back then
 * returns to the timeline.
 */

export const SHEET_QUERY = '(max-width: 47.99rem), (pointer: coarse)';
/** Marks the history entry the sheet pushed. */
const ENTRY = 'sourcelineSheet';

const isSheetEntry = (state: unknown) =>
	typeof state === 'object' && state !== null && (state as Record<string, unknown>)[ENTRY] === true;

export class ReadingSheet {
	/** Whether events open in the sheet here. */
	active = $state(false);
	/** The reader went on to the article: the sheet stays shut for this selection. */
	#reading = $state(false);
	/** The sheet's entry is the current one in the history. */
	#entry = false;
	/** Where the page was when the sheet opened: Back returns there. */
	#scrollY = 0;
	#selection: StorySelection;
	readonly open: boolean = $derived(this.active && this.#selectedId() !== null && !this.#reading);

	constructor(selection: StorySelection) {
		this.#selection = selection;
	}

	#selectedId(): string | null {
		return this.#selection.selectedId;
	}

	/** Call once mounted: follows the window and the history; returns what stops that. */
	start(): () => void {
		const query = matchMedia(SHEET_QUERY);
		const follow = () => (this.active = query.matches);
		follow();
		query.addEventListener('change', follow);
		addEventListener('popstate', this.#onpopstate);
		return () => {
			query.removeEventListener('change', follow);
			removeEventListener('popstate', this.#onpopstate);
		};
	}

	/**
	 * Records a selection in the address. Opening in the sheet pushes its entry; anything
	 * else replaces the current one, as `replace` does.
	 */
	record(url: URL, replace: (url: URL) => void): void {
		const opening = url.searchParams.has('event');
		if (opening) this.#reading = false;
		if (this.active && opening && !this.#entry) this.#push(url);
		else replace(url);
	}

	/** A link to an event opens the sheet over the page without it: Back closes the sheet. */
	startFrom(url: URL): void {
		if (!this.active || !url.searchParams.has('event')) return;
		// A copy to change, not state: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const page = new URL(url);
		page.searchParams.delete('event');
		history.replaceState(history.state, '', page);
		this.#push(url);
	}

	#push(url: URL): void {
		history.pushState({ [ENTRY]: true }, '', url);
		this.#entry = true;
		this.#scrollY = scrollY;
	}

	/** Escape, the close button, a swipe: back to the entry under the sheet. */
	dismiss = (): void => {
		if (this.#entry) history.back();
		else this.#selection.close();
	};

	/** "Read the full article": the sheet shuts, the event stays open in the article. */
	readArticle(): void {
		this.#reading = true;
	}

	#onpopstate = (event: PopStateEvent): void => {
		// Read once, not state: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const id = new URLSearchParams(location.search).get('event');
		if (isSheetEntry(event.state) && id) {
			// Forward again, to the sheet.
			this.#entry = true;
			void this.#selection.select(id);
			return;
		}
		if (!this.#entry) return;
		this.#entry = false;
		this.#reading = false;
		if (this.#selection.selectedId) this.#selection.close();
		// Focus back on the event may have scrolled; from the article, the page had.
		scrollTo({ top: this.#scrollY, behavior: 'instant' });
	};
}
