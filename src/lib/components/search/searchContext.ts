import { getContext, setContext } from 'svelte';
import type { MarkedRun } from '$lib/search/highlight';

/**
 * How text marks the words of the search on show (Marked.svelte): null while no search is
 * on, so the page draws plain text without the matching code, which loads with the search.
 */
export type Marker = ((text: string) => MarkedRun[]) | null;

const key = Symbol('search-marker');

export function provideSearchMarker(marker: () => Marker): void {
	setContext(key, marker);
}

/** The search's marker, or none outside a searchable story (a component on its own, a test). */
export function searchMarker(): () => Marker {
	return getContext<(() => Marker) | undefined>(key) ?? (() => null);
}
