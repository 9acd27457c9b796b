import { FACETS, filtersKey, type SearchFilters } from './filters';
import { narrows } from './query';
import type { SearchDoc } from './searchDocs';

/** Which events match: their positions, in the order the documents were given. */
export type Matches = Uint32Array;

/**
 * The events' search documents and the last search's result. A search that narrows the last
 * one (a letter typed at the end of a word, the same filters) looks only at what matched
 * before; any other looks at every event once. Each look is a substring test per word
 * (linear in the text; never a pattern from the reader).
 */
export class SearchIndex {
	readonly #docs: SearchDoc[];
	#last: { terms: string[]; filters: string; matches: Matches } | null = null;

	constructor(docs: SearchDoc[]) {
		this.#docs = docs;
	}

	get size(): number {
		return this.#docs.length;
	}

	/** The positions of the events that hold every term and pass every filter. */
	search(terms: string[], filters: SearchFilters): Matches {
		const key = filtersKey(filters);
		const last = this.#last;
		const from = last && last.filters === key && narrows(last.terms, terms) ? last.matches : null;
		const chosen = FACETS.filter((f) => filters[f].length > 0).map(
			(f) => [f, new Set(filters[f])] as const
		);
		const docs = this.#docs;
		const out = new Uint32Array(from ? from.length : docs.length);
		let n = 0;
		const count = from ? from.length : docs.length;
		for (let k = 0; k < count; k++) {
			const i = from ? from[k]! : k;
			const doc = docs[i]!;
			if (passes(doc, terms, chosen)) out[n++] = i;
		}
		const matches = out.slice(0, n);
		this.#last = { terms, filters: key, matches };
		return matches;
	}
}

function passes(
	doc: SearchDoc,
	terms: string[],
	chosen: (readonly [keyof SearchDoc['facets'], Set<string>])[]
): boolean {
	for (const [facet, values] of chosen)
		if (!doc.facets[facet].some((v) => values.has(v))) return false;
	for (const term of terms) if (!doc.text.includes(term)) return false;
	return true;
}
