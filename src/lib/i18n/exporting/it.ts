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
	partial: {
		one: 'Questa vista mostra {shown} di {n} evento della storia',
		many: 'Questa vista mostra {shown} dei {n} eventi della storia',
		other: 'Questa vista mostra {shown} dei {n} eventi della storia'
	},
	failed: 'L’esportazione non è riuscita: {error}'
} satisfies ExportWords;
