import type { SearchMessages } from '../en';

export default {
	region: 'Події',
	label: 'Шукати події',
	filters: 'Фільтри',
	filtersCount: 'Фільтри ({n})',
	clear: 'Скинути фільтри',
	noMatch: 'Жодна подія не відповідає цьому пошуку.',
	facets: { group: 'Група', kind: 'Вид', basis: 'Звідки відома дата', actor: 'Хто' },
	status: {
		one: 'Збіги: {matching} з {n} події',
		few: 'Збіги: {matching} з {n} подій',
		many: 'Збіги: {matching} з {n} подій',
		other: 'Збіги: {matching} з {n} події'
	}
} satisfies SearchMessages;
