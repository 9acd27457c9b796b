import type { ExportWords } from '../exportWords';

export default {
	menu: 'Esporta la storia',
	png: 'Immagine, 1200 × 675 (PNG)',
	square: 'Immagine quadrata, 1080 × 1080 (PNG)',
	svg: 'La vista come immagine (SVG)',
	ics: 'Calendario (iCalendar)',
	csv: 'Foglio di calcolo TimelineJS (CSV)',
	json: 'Dati della storia (JSON)',
	within: 'In un momento tra queste date, senza durare per tutto il periodo.',
	sources: 'Fonti: {list}',
	cardAlt: 'La cronologia di «{title}», con le sue fonti',
	partial: {
		one: 'Questa vista mostra {shown} di {n} evento della storia',
		many: 'Questa vista mostra {shown} dei {n} eventi della storia',
		other: 'Questa vista mostra {shown} dei {n} eventi della storia'
	},
	calendarSaved: {
		one: '{n} evento salvato nel calendario.',
		many: '{n} di eventi salvati nel calendario.',
		other: '{n} eventi salvati nel calendario.'
	},
	calendarSavedOf: {
		one: 'Salvati {saved} su {n} evento.',
		many: 'Salvati {saved} su {n} di eventi.',
		other: 'Salvati {saved} su {n} eventi.'
	},
	calendarInView: 'Il calendario contiene gli eventi visibili nella vista.',
	calendarMatching: 'Il calendario contiene gli eventi che corrispondono alla ricerca.',
	calendarMatchingInView:
		'Il calendario contiene gli eventi visibili nella vista che corrispondono alla ricerca.',
	calendarFirst: {
		one: 'Il calendario contiene il primo evento della vista.',
		many: 'Il calendario contiene i primi {n} di eventi della vista.',
		other: 'Il calendario contiene i primi {n} eventi della vista.'
	},
	calendarYears: {
		one: '{n} evento è datato fuori dagli anni da 1 a 9999, che un calendario non può contenere.',
		many: '{n} di eventi sono datati fuori dagli anni da 1 a 9999, che un calendario non può contenere.',
		other:
			'{n} eventi sono datati fuori dagli anni da 1 a 9999, che un calendario non può contenere.'
	},
	failed: 'L’esportazione non è riuscita: {error}'
} satisfies ExportWords;
