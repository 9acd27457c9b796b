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
	partial: {
		one: 'Esta vista muestra {shown} de {n} evento de la historia',
		many: 'Esta vista muestra {shown} de los {n} eventos de la historia',
		other: 'Esta vista muestra {shown} de los {n} eventos de la historia'
	},
	failed: 'La exportación ha fallado: {error}'
} satisfies ExportWords;
