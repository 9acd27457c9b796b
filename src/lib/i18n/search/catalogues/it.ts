import type { SearchMessages } from '../en';

export default {
	region: 'Eventi',
	label: 'Cerca negli eventi',
	filters: 'Filtri',
	filtersCount: 'Filtri ({n})',
	clear: 'Azzera i filtri',
	noMatch: 'Nessun evento corrisponde a questa ricerca.',
	facets: { group: 'Gruppo', kind: 'Tipo', basis: 'Come si conosce la data', actor: 'Chi' },
	status: {
		one: 'Risultati: {matching} su {n} evento',
		many: 'Risultati: {matching} su {n} di eventi',
		other: 'Risultati: {matching} su {n} eventi'
	}
} satisfies SearchMessages;
