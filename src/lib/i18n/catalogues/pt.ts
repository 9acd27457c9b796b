import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'Mostrar os acontecimentos como', timeline: 'Cronologia', list: 'Lista' },
	zoom: {
		group: 'Zoom e deslocamento',
		zoomIn: 'Aproximar',
		zoomInKey: 'Aproximar (+)',
		zoomedIn: 'Não é possível aproximar mais',
		zoomOut: 'Afastar',
		zoomOutKey: 'Afastar (−)',
		zoomedOut: 'Não é possível afastar mais',
		fitAll: 'Ver tudo',
		fitAllKey: 'Mostrar todos os acontecimentos (0)',
		earlier: 'Antes',
		later: 'Depois',
		atStart: 'No início da história',
		atEnd: 'No fim da história'
	},
	timeline: {
		helpAndLegend: 'Ajuda e legenda',
		help: 'Ajuda',
		andLegend: 'e legenda',
		zoneLine: 'Horários: {zone}',
		wheelHint: 'Use Ctrl (ou ⌘) + roda para aproximar a cronologia',
		marks: 'Acontecimentos, por ordem cronológica',
		overview: {
			one: 'Visão geral: {n} acontecimento, {range}; a vista mostra {visible}',
			many: 'Visão geral: {n} acontecimentos, {range}; a vista mostra {visible}',
			other: 'Visão geral: {n} acontecimentos, {range}; a vista mostra {visible}'
		}
	},
	help: {
		pointer: 'Ctrl (ou ⌘) + roda ou pinça para aproximar, arraste para deslocar.',
		touch: 'Faça pinça para aproximar, arraste para o lado para deslocar.',
		keys: 'Teclas: as setas passam de um acontecimento a outro, Home e End vão ao primeiro e ao último, Enter abre um (ou aproxima um grupo), Esc fecha-o, + e − aproximam e afastam, 0 mostra tudo.'
	},
	legend: {
		name: 'Legenda',
		clusters: 'Acontecimentos demasiado próximos para separar: aproxime para os ver',
		statedDay: 'Dia indicado',
		statedTime: 'Hora indicada',
		statedDate: 'Data indicada',
		range: 'Algures dentro do intervalo',
		statedSpan: 'Período indicado, do início ao fim',
		zoneDay: 'O seu dia no fuso horário do lugar',
		zoneDate: 'A sua data no fuso horário do lugar',
		inferred: 'Deduzida da narrativa',
		editorial: 'Editorial (conhecimento externo)',
		approximate: 'Data aproximada',
		uncertain: 'Data incerta',
		byDate: 'Até à data',
		orAfter: 'Na data ou depois'
	},
	basis: {
		stated: 'Indicada',
		inferred: 'Deduzida',
		editorial: 'Editorial',
		statedWhy: 'As palavras da própria fonte, lidas face à sua data de publicação.',
		inferredWhy: 'A fonte não dá data; a narrativa situa-a.',
		editorialWhy: 'Não está na fonte; acrescentada com conhecimento externo.'
	},
	dates: {
		someDay: 'um dia entre',
		someMonth: 'um mês entre',
		someYear: 'um ano entre',
		someTime: 'algures entre',
		and: 'e',
		from: 'de',
		to: 'a',
		by: 'até {date}',
		after: 'depois de {date}',
		approximate: 'c. ',
		decade: 'década de {year}',
		beforeCommonEra: '{year} a.C.',
		quoted: '“{text}”',
		zone: '({zone})',
		cityTime: 'hora de {city}',
		asWritten: 'texto: “{text}”'
	},
	axis: { year: 'Anos', month: 'Meses', day: 'Dias', hour: 'Horas', minute: 'Minutos' },
	cluster: {
		count: { one: '{n} acontecimento', many: '{n} de acontecimentos', other: '{n} acontecimentos' },
		zoom: 'ative para aproximar',
		list: 'abra a lista para os ler'
	},
	announce: {
		showing: 'A mostrar {range}',
		passages: {
			one: '{n} passagem destacada',
			many: '{n} de passagens destacadas',
			other: '{n} passagens destacadas'
		},
		openedFocus: 'Fonte aberta, {passages}.',
		opened: 'Aberto: {title}, {passages}.',
		closed: 'Fonte fechada.'
	},
	events: {
		inOrder: 'Acontecimentos, por ordem cronológica',
		groupInOrder: '{group}: acontecimentos, por ordem cronológica',
		ungrouped: 'Outros acontecimentos'
	},
	details: {
		close: 'Fechar o painel da fonte',
		when: 'Quando',
		dateSource: 'Fonte da data',
		placed: 'Como é situada',
		readAs: 'Como a data é lida',
		target: 'Prazo',
		who: 'Quem',
		where: 'Onde',
		passages: 'Passagens',
		media: {
			video: 'Reproduzir o vídeo',
			audio: 'Reproduzir o áudio',
			map: 'Mostrar o mapa'
		},
		inArticle: {
			one: '{n} destacada no artigo',
			many: '{n} destacadas no artigo',
			other: '{n} destacadas no artigo'
		},
		inSources: {
			one: '{n} destacada em {sources} fontes',
			many: '{n} destacadas em {sources} fontes',
			other: '{n} destacadas em {sources} fontes'
		}
	},
	source: {
		panel: 'Fonte',
		hint: 'Escolha um acontecimento na cronologia para ler a sua fonte.',
		passageFrom: 'Passagem de {publisher}',
		tabs: 'Fontes',
		noHeadline: 'Título desconhecido',
		noDate: 'Data de publicação desconhecida',
		licence: 'Reutilizado sob a licença {licence}',
		original: 'Artigo original',
		hintPage:
			'Escolha um acontecimento na cronologia, ou uma passagem destacada, para ler a sua fonte.'
	},
	corrections: {
		name: 'Correções',
		label: { one: 'Correção', many: 'Correções', other: 'Correções' },
		inTitle: 'Em {title}: '
	},
	embed: {
		button: 'Incorporar',
		fullStory: 'A história completa no Sourceline ↗',
		credit: 'Cronologia do Sourceline',
		pageTitle: 'Cronologia Sourceline',
		loading: 'A carregar a história',
		loadingNow: 'A carregar a história…',
		checking: 'A verificar a história…',
		loaded: '{size} carregados',
		loadedOf: '{size} de {total}',
		dataFrom: 'dados de'
	},
	exporting: {
		button: 'Exportar'
	},
	site: { tagline: 'Cronologias de notícias que mostram as suas fontes' },
	theme: { legend: 'Tema', system: 'Auto', light: 'Claro', dark: 'Escuro' },
	body: {
		earlier: {
			one: '{n} acontecimento anterior: mostrar tudo',
			many: '{n} de acontecimentos anteriores: mostrar tudo',
			other: '{n} acontecimentos anteriores: mostrar tudo'
		},
		later: {
			one: '{n} acontecimento posterior: mostrar tudo',
			many: '{n} de acontecimentos posteriores: mostrar tudo',
			other: '{n} acontecimentos posteriores: mostrar tudo'
		},
		both: {
			one: 'Acontecimentos: {earlier} antes, {n} depois; mostrar tudo',
			many: 'Acontecimentos: {earlier} antes, {n} depois; mostrar tudo',
			other: 'Acontecimentos: {earlier} antes, {n} depois; mostrar tudo'
		}
	},
	story: {
		updated: 'Atualizado',
		timeline: {
			one: 'Cronologia de {title}: {n} acontecimento',
			many: 'Cronologia de {title}: {n} de acontecimentos',
			other: 'Cronologia de {title}: {n} acontecimentos'
		}
	}
} satisfies Messages;
