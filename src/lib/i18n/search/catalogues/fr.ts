import type { SearchMessages } from '../en';

export default {
	region: 'Événements',
	label: 'Rechercher des événements',
	filters: 'Filtres',
	filtersCount: 'Filtres ({n})',
	clear: 'Effacer les filtres',
	noMatch: 'Aucun événement ne correspond à cette recherche.',
	facets: { group: 'Groupe', kind: 'Type', basis: 'Comment la date est connue', actor: 'Qui' },
	status: {
		one: 'Résultats : {matching} sur {n} événement',
		many: 'Résultats : {matching} sur {n} d’événements',
		other: 'Résultats : {matching} sur {n} événements'
	}
} satisfies SearchMessages;
