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
	partial: {
		one: 'Diese Ansicht zeigt {shown} von {n} Ereignis der Geschichte',
		other: 'Diese Ansicht zeigt {shown} von {n} Ereignissen der Geschichte'
	},
	failed: 'Der Export ist fehlgeschlagen: {error}'
} satisfies ExportWords;
