import { onDestroy } from 'svelte';
import { getAnnouncer } from '$lib/a11y/announcer.svelte';
import { loadSearchWords } from '$lib/i18n/search/words';
import type { SearchFilters } from '$lib/search/filters';
import { provideSearchMarker } from './searchContext';
import type { SearchBarInput, StorySearch } from './storySearch.svelte';

/** The address parameters of a search (searchParams.ts). */
const PARAMS = ['q', 'group', 'kind', 'basis', 'actor'];

/**
 * What the page holds of a search before it is used: the box's words and the chosen filters.
 * The search itself (matching, the filtered timeline, the chips) loads on first use: the box
 * focused, the filters opened, or a search in the address. Create it while a component
 * initialises.
 */
export class SearchBar {
	query = $state('');
	filters: SearchFilters = $state.raw({ group: [], kind: [], basis: [], actor: [] });
	/** The loaded search; undefined until first use. */
	search: StorySearch | undefined = $state.raw();
	readonly announcer = getAnnouncer();
	readonly input: SearchBarInput;
	#loading: Promise<StorySearch> | undefined;
	#stop: (() => void) | undefined;

	constructor(input: SearchBarInput) {
		this.input = input;
		provideSearchMarker(() => this.search?.marker ?? null);
		onDestroy(() => this.#stop?.());
	}

	/** Loads the search (once). */
	load = (): Promise<StorySearch> =>
		(this.#loading ??= Promise.all([import('./storySearch.svelte'), loadSearchWords()]).then(
			([m]) => {
				this.#stop = $effect.root(() => {
					this.search = new m.StorySearch(this);
				});
				return this.search!;
			}
		));

	/** A search the address asks for (`?q=`, filters), loaded if there is one. */
	start(url: URL): void {
		const params = url.searchParams;
		if (PARAMS.some((name) => params.has(name))) void this.load().then((s) => s.start(params));
	}
}
