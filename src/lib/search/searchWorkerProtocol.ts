import type { Searchable, SearchFilters } from './filters';
import type { Matches } from './searchIndex';

/** What the page sends the search worker: the events in slices, then searches. */
export type SearchRequest =
	| { type: 'events'; events: Searchable[] }
	| { type: 'search'; id: number; terms: string[]; filters: SearchFilters };

/** Its answer to a search: the matching positions, and how long finding them took (ms). */
export interface SearchAnswer {
	id: number;
	matches: Matches;
	ms: number;
}
