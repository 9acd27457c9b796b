import type { Plural } from '../en';

/**
 * The search's words in British English: a catalogue apart from the reader's (../en.ts), loaded
 * with the search box (see words.ts), so a page that is never searched does not carry them.
 */
export const searchEn = {
	region: 'Events',
	label: 'Search events',
	filters: 'Filters',
	filtersCount: 'Filters ({n})',
	clear: 'Clear filters',
	noMatch: 'No events match this search.',
	facets: { group: 'Group', kind: 'Kind', basis: 'How the date is known', actor: 'Who' },
	status: {
		one: '{matching} of {n} event matches',
		other: '{matching} of {n} events match'
	} as Plural
};

type Widened<T> = {
	[K in keyof T]: T[K] extends string ? string : T[K] extends Plural ? Plural : Widened<T[K]>;
};

/** What every catalogue of the search holds. */
export type SearchMessages = Widened<typeof searchEn>;
