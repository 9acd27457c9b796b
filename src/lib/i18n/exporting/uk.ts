import type { ExportWords } from '../exportWords';

export default {
	menu: 'Експортувати історію',
	png: 'Зображення, 1200 × 675 (PNG)',
	square: 'Квадратне зображення, 1080 × 1080 (PNG)',
	svg: 'Вигляд як зображення (SVG)',
	ics: 'Календар (iCalendar)',
	csv: 'Таблиця TimelineJS (CSV)',
	json: 'Дані історії (JSON)',
	within: 'Колись у межах цих дат, а не впродовж усього часу.',
	sources: 'Джерела: {list}',
	partial: {
		one: 'Цей вигляд показує {shown} з {n} події історії',
		few: 'Цей вигляд показує {shown} з {n} подій історії',
		many: 'Цей вигляд показує {shown} з {n} подій історії',
		other: 'Цей вигляд показує {shown} з {n} події історії'
	},
	failed: 'Не вдалося експортувати: {error}'
} satisfies ExportWords;
