import { getAnnouncer } from '$lib/a11y/announcer.svelte';
import {
	FACETS,
	hasFilters,
	noFilters,
	toggleFilter,
	type Facet,
	type SearchFilters
} from '$lib/search/filters';
import { queryTerms } from '$lib/search/query';
import type { SearchEngine } from '$lib/search/searchEngine';
import type { Matches } from '$lib/search/searchIndex';
import { readSearch, writeSearch } from '$lib/search/searchParams';
import { matchStatus } from '$lib/search/status';
import type { ResolvedEvent } from '$lib/story/types';
import { filterModel } from '$lib/timeline/filterModel';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import { provideSearchTerms } from './searchContext';

export interface StorySearchInput {
	/** The story's events, in time order. */
	events: () => ResolvedEvent[];
	/** The story's whole timeline model. */
	model: () => TimelineModel;
	/** Records the search in the address (`?q=`). */
	record: (url: URL) => void;
}

/** How long typing pauses before the address and the screen reader hear of a search. */
const QUIET_MS = 500;

/**
 * A story's search: the words and filter chips chosen, which events match, and the timeline
 * model and list of only those. The matching code loads on first use (a worker for a big
 * story). Create it while a component initialises: it shares its words with the text that
 * marks them and starts effects.
 */
export class StorySearch {
	#input: StorySearchInput;
	readonly #announcer = getAnnouncer();
	query = $state('');
	filters: SearchFilters = $state.raw(noFilters());
	/** Positions in the model's events of those that match; null until a search has answered. */
	matches: Matches | null = $state.raw(null);
	readonly terms = $derived(queryTerms(this.query));
	readonly active = $derived(this.terms.length > 0 || hasFilters(this.filters));
	readonly #answered = $derived(this.active && this.matches !== null);
	/** The story's events in the model's order (its time order), by position. */
	readonly #ordered = $derived.by(() => {
		// A lookup for this derivation, not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const byId = new Map(this.#input.events().map((e) => [e.id, e]));
		return this.#input.model().index.events.map((e) => byId.get(e.id)!);
	});
	/** What the timeline draws: the matches alone; null when none match. */
	readonly model: TimelineModel | null = $derived.by(() =>
		this.#answered ? filterModel(this.#input.model(), this.matches!) : this.#input.model()
	);
	/** What the list shows, in time order. */
	readonly events: ResolvedEvent[] = $derived.by(() =>
		this.#answered ? Array.from(this.matches!, (i) => this.#ordered[i]!) : this.#input.events()
	);
	/** Every event of the story (what the chips count). */
	get allEvents(): readonly ResolvedEvent[] {
		return this.#input.events();
	}
	/** "3 of 11 events match", while a search is on. */
	readonly status = $derived.by(() =>
		this.#answered ? matchStatus(this.matches!.length, this.#input.events().length) : ''
	);
	#engine: Promise<SearchEngine> | null = null;
	#asked = 0;

	constructor(input: StorySearchInput) {
		this.#input = input;
		provideSearchTerms(() => (this.active ? this.terms : []));
		// A new story (an editor's update) needs a new index.
		$effect(() => {
			input.events();
			return () => {
				void this.#engine?.then((engine) => engine.dispose());
				this.#engine = null;
			};
		});
		$effect(() => {
			const { terms, filters, active } = this;
			input.events();
			if (active) void this.#run(terms, filters);
			else this.matches = null;
		});
		let first = true;
		$effect(() => {
			const state = { query: this.query, filters: this.filters };
			if (first) return void (first = false);
			const timer = setTimeout(() => {
				// A copy to hand over, not state: nothing reads it reactively.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const url = new URL(location.href);
				writeSearch(url.searchParams, state);
				if (url.href !== location.href) input.record(url);
			}, QUIET_MS);
			return () => clearTimeout(timer);
		});
	}

	/** The search an address asks for (`?q=`, filters). */
	start(params: URLSearchParams): void {
		const { query, filters } = readSearch(params);
		this.query = query;
		this.filters = filters;
	}

	clear(): void {
		this.query = '';
	}

	toggle(facet: Facet, value: string): void {
		this.filters = toggleFilter(this.filters, facet, value);
	}

	clearFilters(): void {
		this.filters = noFilters();
	}

	/** How many filter values are chosen. */
	get filterCount(): number {
		return FACETS.reduce((n, f) => n + this.filters[f].length, 0);
	}

	async #run(terms: string[], filters: SearchFilters): Promise<void> {
		const asked = ++this.#asked;
		this.#engine ??= import('$lib/search/searchEngine').then((m) =>
			m.createSearchEngine(this.#ordered)
		);
		const matches = await (await this.#engine).search(terms, filters);
		// A later search (the reader typed on) answers for itself.
		if (asked !== this.#asked) return;
		this.matches = matches;
		this.#announcer?.announce(() => this.status, QUIET_MS);
	}
}
