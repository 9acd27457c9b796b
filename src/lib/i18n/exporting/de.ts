import type { ExportWords } from '../exportWords';

export default {
	menu: 'Die Geschichte exportieren',
	png: 'Bild, 1200 × 675 (PNG)',
	square: 'Quadratisches Bild, 1080 × 1080 (PNG)',
	svg: 'Die Ansicht als Grafik (SVG)',
	ics: 'Kalender (iCalendar)',
	csv: 'TimelineJS-Tabelle (CSV)',
	json: 'Daten der Geschichte (JSON)',
	within: 'Irgendwann innerhalb dieser Daten, nicht durchgehend.',
	sources: 'Quellen: {list}',
	cardAlt: 'Die Zeitleiste von „{title}“, mit ihren Quellen',
	partial: {
		one: 'Diese Ansicht zeigt {shown} von {n} Ereignis der Geschichte',
		other: 'Diese Ansicht zeigt {shown} von {n} Ereignissen der Geschichte'
	},
	calendarSaved: {
		one: '{n} Ereignis im Kalender gespeichert.',
		other: '{n} Ereignisse im Kalender gespeichert.'
	},
	calendarSavedOf: {
		one: '{saved} von {n} Ereignis gespeichert.',
		other: '{saved} von {n} Ereignissen gespeichert.'
	},
	calendarInView: 'Der Kalender enthält die Ereignisse in der Ansicht.',
	calendarMatching: 'Der Kalender enthält die Ereignisse, die zur Suche passen.',
	calendarMatchingInView:
		'Der Kalender enthält die Ereignisse in der Ansicht, die zur Suche passen.',
	calendarFirst: {
		one: 'Der Kalender enthält das erste Ereignis in der Ansicht.',
		other: 'Der Kalender enthält die ersten {n} Ereignisse in der Ansicht.'
	},
	calendarYears: {
		one: '{n} Ereignis liegt außerhalb der Jahre 1 bis 9999, die ein Kalender nicht fassen kann.',
		other:
			'{n} Ereignisse liegen außerhalb der Jahre 1 bis 9999, die ein Kalender nicht fassen kann.'
	},
	failed: 'Der Export ist fehlgeschlagen: {error}'
} satisfies ExportWords;
