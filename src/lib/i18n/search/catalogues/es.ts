import type { SearchMessages } from '../en';

export default {
	region: 'Sucesos',
	label: 'Buscar sucesos',
	filters: 'Filtros',
	filtersCount: 'Filtros ({n})',
	clear: 'Quitar los filtros',
	noMatch: 'Ningún suceso coincide con esta búsqueda.',
	facets: { group: 'Grupo', kind: 'Tipo', basis: 'Cómo se conoce la fecha', actor: 'Quién' },
	status: {
		one: 'Coincidencias: {matching} de {n} suceso',
		many: 'Coincidencias: {matching} de {n} de sucesos',
		other: 'Coincidencias: {matching} de {n} sucesos'
	}
} satisfies SearchMessages;
