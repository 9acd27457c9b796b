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
	cardAlt: 'A cronologia de “{title}”, com as suas fontes',
	partial: {
		one: 'Esta vista mostra {shown} de {n} evento da história',
		many: 'Esta vista mostra {shown} dos {n} eventos da história',
		other: 'Esta vista mostra {shown} dos {n} eventos da história'
	},
	calendarSaved: {
		one: '{n} evento guardado no calendário.',
		many: '{n} de eventos guardados no calendário.',
		other: '{n} eventos guardados no calendário.'
	},
	calendarSavedOf: {
		one: 'Guardados {saved} de {n} evento.',
		many: 'Guardados {saved} de {n} de eventos.',
		other: 'Guardados {saved} de {n} eventos.'
	},
	calendarInView: 'O calendário contém os eventos visíveis na vista.',
	calendarMatching: 'O calendário contém os eventos que correspondem à pesquisa.',
	calendarMatchingInView:
		'O calendário contém os eventos visíveis na vista que correspondem à pesquisa.',
	calendarFirst: {
		one: 'O calendário contém o primeiro evento da vista.',
		many: 'O calendário contém os primeiros {n} de eventos da vista.',
		other: 'O calendário contém os primeiros {n} eventos da vista.'
	},
	calendarYears: {
		one: '{n} evento tem data fora dos anos 1 a 9999, que um calendário não pode conter.',
		many: '{n} de eventos têm datas fora dos anos 1 a 9999, que um calendário não pode conter.',
		other: '{n} eventos têm datas fora dos anos 1 a 9999, que um calendário não pode conter.'
	},
	failed: 'A exportação falhou: {error}'
} satisfies ExportWords;
