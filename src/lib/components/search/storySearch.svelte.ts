import { tick, untrack } from 'svelte';
import {
	FACETS,
	hasFilters,
	noFilters,
	toggleFilter,
	type Facet,
	type SearchFilters
} from '$lib/search/filters';
import { markTerms } from '$lib/search/highlight';
import { queryTerms } from '$lib/search/query';
import type { SearchEngine } from '$lib/search/searchEngine';
import type { Matches } from '$lib/search/searchIndex';
import { readSearch, writeSearch } from '$lib/search/searchParams';
import { matchStatus } from '$lib/search/status';
import type { ResolvedEvent } from '$lib/story/types';
import { filterModel } from '$lib/timeline/filterModel';
import type { TimelineModel } from '$lib/timeline/timelineModel';
import type { Announcer } from '$lib/a11y/announcer.svelte';
import type { Marker } from './searchContext';

/** What a story's search reads from the shell that holds it. */
export interface SearchBarInput {
	/** The story's events, in time order. */
	events: () => ResolvedEvent[];
	/** The story's whole timeline model. */
	model: () => TimelineModel;
	/** Records the search in the address (`?q=`). */
	record: (url: URL) => void;
}

/** What the page holds before the search loads (searchBar.svelte.ts): the words and the chips. */
interface SearchBar {
	query: string;
	filters: SearchFilters;
	readonly announcer: Announcer | undefined;
	readonly input: SearchBarInput;
}

/** Marked (`performance.mark`) as the page shows a search's result: what `npm run bench` times. */
export const SEARCHED_MARK = 'sourceline:searched';

/** How long typing pauses before the address and the screen reader hear of a search. */
const QUIET_MS = 500;

/**
 * A story's search, once used: which events match the bar's words and filters, and the
 * timeline model and list of only those. A big story is searched in a worker. Created by
 * the bar when first used, inside an effect root of its own.
 */
export class StorySearch {
	readonly #bar: SearchBar;
	/** Positions in the model's events of those that match; null until a search has answered. */
	matches: Matches | null = $state.raw(null);
	readonly terms = $derived.by(() => queryTerms(this.#bar.query));
	readonly active = $derived.by(() => this.terms.length > 0 || hasFilters(this.#bar.filters));
	readonly #answered = $derived(this.active && this.matches !== null);
	/** The story's events in the model's order (its time order), by position. */
	readonly #ordered = $derived.by(() => {
		// A lookup for this derivation, not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const byId = new Map(this.#bar.input.events().map((e) => [e.id, e]));
		return this.#bar.input.model().index.events.map((e) => byId.get(e.id)!);
	});
	/** What the timeline draws: the matches alone; null when none match. */
	readonly model: TimelineModel | null = $derived.by(() =>
		this.#answered ? filterModel(this.#bar.input.model(), this.matches!) : this.#bar.input.model()
	);
	/** What the list shows, in time order. */
	readonly events: ResolvedEvent[] = $derived.by(() =>
		this.#answered ? Array.from(this.matches!, (i) => this.#ordered[i]!) : this.#bar.input.events()
	);
	/** "3 of 11 events match", while a search is on. */
	readonly status = $derived.by(() =>
		this.#answered ? matchStatus(this.matches!.length, this.allEvents.length) : ''
	);
	/** Marks the words searched for in a text, while a search is on. */
	readonly marker: Marker = $derived.by(() => {
		const terms = this.active ? this.terms : [];
		return terms.length ? (text: string) => markTerms(text, terms) : null;
	});
	#engine: Promise<SearchEngine> | null = null;
	#asked = 0;

	constructor(bar: SearchBar) {
		this.#bar = bar;
		// The index is built as soon as the search loads (the box focused, a search in the
		// address), off the page's thread for a big story, so the first key finds it ready.
		// A new story (an editor's update) needs a new one.
		$effect(() => {
			bar.input.events();
			const engine = untrack(() => this.#startEngine());
			return () => {
				void engine.then((e) => e.dispose());
				this.#engine = null;
			};
		});
		$effect(() => {
			const { terms, active } = this;
			const { filters } = bar;
			bar.input.events();
			if (active) void this.#run(terms, filters);
			else this.matches = null;
		});
		// From the first run: words typed before this code arrived are recorded too. A search
		// the address already holds writes the same address, which is not recorded again.
		$effect(() => {
			const state = { query: bar.query, filters: bar.filters };
			const timer = setTimeout(() => {
				// A copy to hand over, not state: nothing reads it reactively.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const url = new URL(location.href);
				writeSearch(url.searchParams, state);
				if (url.href !== location.href) bar.input.record(url);
			}, QUIET_MS);
			return () => clearTimeout(timer);
		});
	}

	/** Every event of the story (what the chips count). */
	get allEvents(): ResolvedEvent[] {
		return this.#bar.input.events();
	}

	get filters(): SearchFilters {
		return this.#bar.filters;
	}

	/** How many filter values are chosen. */
	get filterCount(): number {
		return FACETS.reduce((n, f) => n + this.#bar.filters[f].length, 0);
	}

	/** The search an address asks for (`?q=`, filters). */
	start(params: URLSearchParams): void {
		const { query, filters } = readSearch(params);
		this.#bar.query = query;
		this.#bar.filters = filters;
	}

	toggle(facet: Facet, value: string): void {
		this.#bar.filters = toggleFilter(this.#bar.filters, facet, value);
	}

	clearFilters(): void {
		this.#bar.filters = noFilters();
	}

	/** The story's search engine, started once. */
	#startEngine(): Promise<SearchEngine> {
		return (this.#engine ??= import('$lib/search/searchEngine').then((m) =>
			m.createSearchEngine(this.#ordered)
		));
	}

	async #run(terms: string[], filters: SearchFilters): Promise<void> {
		const asked = ++this.#asked;
		const matches = await (await this.#startEngine()).search(terms, filters);
		// A later search (the reader typed on) answers for itself.
		if (asked !== this.#asked) return;
		this.matches = matches;
		void tick().then(() => performance.mark(SEARCHED_MARK));
		this.#bar.announcer?.announce(() => this.status, QUIET_MS);
	}
}
