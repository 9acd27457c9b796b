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
	partial: {
		one: 'Cette vue montre {shown} des {n} événements de l’histoire',
		many: 'Cette vue montre {shown} des {n} événements de l’histoire',
		other: 'Cette vue montre {shown} des {n} événements de l’histoire'
	},
	failed: 'L’export a échoué : {error}'
} satisfies ExportWords;
