import { FACETS, facetValues, type Facet, type Searchable } from './filters';
import { fold } from './fold';

/**
 * What search reads of an event: its words, folded (title, summary, actors, place, group and
 * the words it quotes), and its facet values. Plain data, so a worker can be sent it.
 */
export interface SearchDoc {
	text: string;
	facets: Record<Facet, readonly string[]>;
}

/** The search document of one event. */
export function searchDoc(event: Searchable): SearchDoc {
	const words = [event.title, event.summary, ...event.actors];
	if (event.place) words.push(event.place.name);
	if (event.group) words.push(event.group);
	for (const excerpt of event.excerpts) words.push(excerpt.exact);
	// A line break between fields: a phrase never runs from one field into the next.
	const facets = {} as Record<Facet, readonly string[]>;
	for (const facet of FACETS) facets[facet] = facetValues(event, facet);
	return { text: fold(words.join('\n')), facets };
}

/** Only the fields search reads: what a worker is sent (structured clone copies all it gets). */
export function searchable(event: Searchable): Searchable {
	const { title, summary, actors, place, group, kind } = event;
	return {
		title,
		summary,
		actors,
		place,
		group,
		kind,
		when: { basis: event.when.basis },
		excerpts: event.excerpts.map((x) => ({ exact: x.exact }))
	};
}
