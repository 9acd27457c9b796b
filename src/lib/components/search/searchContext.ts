import { getContext, setContext } from 'svelte';

/** The words of the search on show, for the text that marks them (Marked.svelte). */
const key = Symbol('search-terms');

export function provideSearchTerms(terms: () => readonly string[]): void {
	setContext(key, terms);
}

/** The search's words, or none outside a searchable story (a component on its own, a test). */
export function searchTerms(): () => readonly string[] {
	return getContext<(() => readonly string[]) | undefined>(key) ?? (() => []);
}
