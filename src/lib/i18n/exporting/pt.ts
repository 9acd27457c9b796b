import type { ExportWords } from '../exportWords';

export default {
	menu: 'Exportar a história',
	png: 'Imagem, 1200 × 675 (PNG)',
	square: 'Imagem quadrada, 1080 × 1080 (PNG)',
	svg: 'A vista como imagem (SVG)',
	ics: 'Calendário (iCalendar)',
	csv: 'Planilha do TimelineJS (CSV)',
	json: 'Dados da história (JSON)',
	within: 'Em algum momento entre estas datas, sem durar todo o período.',
	sources: 'Fontes: {list}',
	partial: {
		one: 'Esta vista mostra {shown} de {n} evento da história',
		many: 'Esta vista mostra {shown} dos {n} eventos da história',
		other: 'Esta vista mostra {shown} dos {n} eventos da história'
	},
	failed: 'A exportação falhou: {error}'
} satisfies ExportWords;
