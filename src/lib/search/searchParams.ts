import { FACETS, noFilters, type SearchFilters } from './filters';
import { MAX_QUERY_LENGTH } from './query';

/** A search in an address: `?q=minerals&group=Diplomacy&basis=inferred` (a facet repeated for more). */
export interface SearchState {
	query: string;
	filters: SearchFilters;
}

/** The most values of one facet an address may choose. */
const MAX_VALUES = 24;

/** The search an address holds (too long a text is cut; blank values are dropped). */
export function readSearch(params: URLSearchParams): SearchState {
	const filters = noFilters();
	for (const facet of FACETS) {
		const values = params
			.getAll(facet)
			.map((v) => v.trim().slice(0, MAX_QUERY_LENGTH))
			.filter((v, i, all) => v !== '' && all.indexOf(v) === i);
		filters[facet] = values.slice(0, MAX_VALUES);
	}
	return { query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/** `params` with the search written in (and any earlier one taken out). */
export function writeSearch(params: URLSearchParams, { query, filters }: SearchState): void {
	if (query.trim()) params.set('q', query);
	else params.delete('q');
	for (const facet of FACETS) {
		params.delete(facet);
		for (const value of filters[facet]) params.append(facet, value);
	}
}
