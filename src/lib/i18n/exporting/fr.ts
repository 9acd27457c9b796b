import type { ExportWords } from '../exportWords';

export default {
	menu: 'Exporter l’histoire',
	png: 'Image, 1200 × 675 (PNG)',
	square: 'Image carrée, 1080 × 1080 (PNG)',
	svg: 'La vue en image (SVG)',
	ics: 'Agenda (iCalendar)',
	csv: 'Tableur TimelineJS (CSV)',
	json: 'Données de l’histoire (JSON)',
	within: 'À un moment entre ces dates, sans durer tout ce temps.',
	sources: 'Sources : {list}',
	cardAlt: 'La frise de « {title} », avec ses sources',
	partial: {
		one: 'Cette vue montre {shown} des {n} événements de l’histoire',
		many: 'Cette vue montre {shown} des {n} événements de l’histoire',
		other: 'Cette vue montre {shown} des {n} événements de l’histoire'
	},
	calendarSaved: {
		one: '{n} événement enregistré dans l’agenda.',
		many: '{n} d’événements enregistrés dans l’agenda.',
		other: '{n} événements enregistrés dans l’agenda.'
	},
	calendarSavedOf: {
		one: '{saved} sur {n} événement enregistré.',
		many: '{saved} sur {n} d’événements enregistrés.',
		other: '{saved} sur {n} événements enregistrés.'
	},
	calendarInView: 'L’agenda contient les événements visibles dans la vue.',
	calendarMatching: 'L’agenda contient les événements qui correspondent à la recherche.',
	calendarMatchingInView:
		'L’agenda contient les événements visibles dans la vue qui correspondent à la recherche.',
	calendarFirst: {
		one: 'L’agenda contient le premier événement de la vue.',
		many: 'L’agenda contient les {n} premiers événements de la vue.',
		other: 'L’agenda contient les {n} premiers événements de la vue.'
	},
	calendarYears: {
		one: '{n} événement est daté hors des années 1 à 9999, qu’un agenda ne peut pas contenir.',
		many: '{n} d’événements sont datés hors des années 1 à 9999, qu’un agenda ne peut pas contenir.',
		other: '{n} événements sont datés hors des années 1 à 9999, qu’un agenda ne peut pas contenir.'
	},
	failed: 'L’export a échoué : {error}'
} satisfies ExportWords;
