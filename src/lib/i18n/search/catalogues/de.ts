import type { SearchMessages } from '../en';

export default {
	region: 'Ereignisse',
	label: 'Ereignisse durchsuchen',
	filters: 'Filter',
	filtersCount: 'Filter ({n})',
	clear: 'Filter zurücksetzen',
	noMatch: 'Keine Ereignisse passen zu dieser Suche.',
	facets: { group: 'Gruppe', kind: 'Art', basis: 'Woher das Datum bekannt ist', actor: 'Wer' },
	status: {
		one: 'Treffer: {matching} von {n} Ereignis',
		other: 'Treffer: {matching} von {n} Ereignissen'
	}
} satisfies SearchMessages;
