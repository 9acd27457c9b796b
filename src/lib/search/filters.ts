import type { Excerpt, ResolvedEvent, ResolvedWhen } from '$lib/story/types';

/**
 * The chips a reader filters events by: their group, kind, how their date is known and
 * their actors. Within one facet any chosen value matches; across facets, all must.
 */
export const FACETS = ['group', 'kind', 'basis', 'actor'] as const;
export type Facet = (typeof FACETS)[number];

/** The chosen values of each facet; an empty list filters nothing. */
export type SearchFilters = Record<Facet, string[]>;

/** The most values of one facet offered as chips (the most frequent: actors may be thousands). */
export const MAX_CHIPS = 24;

/** No filter. */
export function noFilters(): SearchFilters {
	return { group: [], kind: [], basis: [], actor: [] };
}

export function hasFilters(filters: SearchFilters): boolean {
	return FACETS.some((f) => filters[f].length > 0);
}

/** What search reads of an event (a resolved event is one; a worker is sent only this). */
export type Searchable = Pick<
	ResolvedEvent,
	'title' | 'summary' | 'actors' | 'place' | 'group' | 'kind'
> & {
	when: Pick<ResolvedWhen, 'basis'>;
	excerpts: readonly Pick<Excerpt, 'exact'>[];
};

/** The values one event has for a facet. */
export function facetValues(event: Searchable, facet: Facet): readonly string[] {
	switch (facet) {
		case 'group':
			return event.group ? [event.group] : [];
		case 'kind':
			return [event.kind];
		case 'basis':
			return [event.when.basis];
		case 'actor':
			return event.actors;
	}
}

export interface FacetChoice {
	value: string;
	/** Events that have it. */
	count: number;
}

/**
 * What each facet offers: its values with their counts, most frequent first (then by name),
 * at most `MAX_CHIPS` of them; a facet with one value or none offers nothing to choose. O(n).
 */
export function facetChoices(events: readonly Searchable[]): Record<Facet, FacetChoice[]> {
	const result = {} as Record<Facet, FacetChoice[]>;
	for (const facet of FACETS) {
		const counts = new Map<string, number>();
		for (const event of events)
			for (const value of facetValues(event, facet))
				counts.set(value, (counts.get(value) ?? 0) + 1);
		const choices = [...counts].map(([value, count]) => ({ value, count }));
		choices.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
		result[facet] = choices.length > 1 ? choices.slice(0, MAX_CHIPS) : [];
	}
	return result;
}

/** The filter with `value` of `facet` chosen or, if it was, dropped. */
export function toggleFilter(filters: SearchFilters, facet: Facet, value: string): SearchFilters {
	const chosen = filters[facet];
	return {
		...filters,
		[facet]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
	};
}

/** One key per filter: equal filters, equal keys. */
export function filtersKey(filters: SearchFilters): string {
	return JSON.stringify(FACETS.map((f) => [...filters[f]].sort()));
}
