import type { SearchMessages } from '../en';

export default {
	region: 'Acontecimentos',
	label: 'Pesquisar acontecimentos',
	filters: 'Filtros',
	filtersCount: 'Filtros ({n})',
	clear: 'Limpar os filtros',
	noMatch: 'Nenhum acontecimento corresponde a esta pesquisa.',
	facets: { group: 'Grupo', kind: 'Tipo', basis: 'Como se conhece a data', actor: 'Quem' },
	status: {
		one: 'Resultados: {matching} de {n} acontecimento',
		many: 'Resultados: {matching} de {n} de acontecimentos',
		other: 'Resultados: {matching} de {n} acontecimentos'
	}
} satisfies SearchMessages;
