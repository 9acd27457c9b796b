import type { ExportWords } from '../exportWords';

export default {
	menu: 'Exportar la historia',
	png: 'Imagen, 1200 × 675 (PNG)',
	square: 'Imagen cuadrada, 1080 × 1080 (PNG)',
	svg: 'La vista como imagen (SVG)',
	ics: 'Calendario (iCalendar)',
	csv: 'Hoja de cálculo de TimelineJS (CSV)',
	json: 'Datos de la historia (JSON)',
	within: 'En algún momento entre estas fechas, sin durar todo el periodo.',
	sources: 'Fuentes: {list}',
	cardAlt: 'La cronología de «{title}», con sus fuentes',
	partial: {
		one: 'Esta vista muestra {shown} de {n} evento de la historia',
		many: 'Esta vista muestra {shown} de los {n} eventos de la historia',
		other: 'Esta vista muestra {shown} de los {n} eventos de la historia'
	},
	calendarSaved: {
		one: 'Se guardó {n} evento en el calendario.',
		many: 'Se guardaron {n} de eventos en el calendario.',
		other: 'Se guardaron {n} eventos en el calendario.'
	},
	calendarSavedOf: {
		one: 'Se guardaron {saved} de {n} evento.',
		many: 'Se guardaron {saved} de {n} de eventos.',
		other: 'Se guardaron {saved} de {n} eventos.'
	},
	calendarInView: 'El calendario contiene los eventos visibles en la vista.',
	calendarMatching: 'El calendario contiene los eventos que coinciden con la búsqueda.',
	calendarMatchingInView:
		'El calendario contiene los eventos visibles en la vista que coinciden con la búsqueda.',
	calendarFirst: {
		one: 'El calendario contiene el primer evento de la vista.',
		many: 'El calendario contiene los primeros {n} de eventos de la vista.',
		other: 'El calendario contiene los primeros {n} eventos de la vista.'
	},
	calendarYears: {
		one: '{n} evento tiene fecha fuera de los años 1 a 9999, que un calendario no puede contener.',
		many: '{n} de eventos tienen fechas fuera de los años 1 a 9999, que un calendario no puede contener.',
		other:
			'{n} eventos tienen fechas fuera de los años 1 a 9999, que un calendario no puede contener.'
	},
	failed: 'La exportación ha fallado: {error}'
} satisfies ExportWords;
