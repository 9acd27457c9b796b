import type { SharingMessages } from '../en';

export default {
	title: 'Incorporar esta cronologia',
	frameTitle: 'Cronologia: {title}',
	close: 'Fechar',
	deeplink: 'O endereço da página anfitriã segue o evento escolhido (só o código autoajustável)',
	iframe: 'Iframe',
	iframeHint:
		'Funciona onde quer que os iframes sejam permitidos. A sua altura é fixa, a menos que a página também carregue embed.js.',
	loader: 'Autoajustável',
	loaderHint:
		'Um marcador e o nosso pequeno script de carregamento: a moldura cresce e encolhe com a história.',
	copy: 'Copiar o código',
	copied: 'Copiado',
	selected: 'Selecionado: prima Ctrl+C (⌘C) para copiar',
	preview: 'Pré-visualização',
	previewAs: 'Como',
	previewLoader: 'o código autoajustável',
	previewIframe: 'o iframe, com {height} px de altura',
	options: {
		theme: 'Tema',
		themeAuto: 'Seguir o sistema do leitor',
		light: 'Claro',
		dark: 'Escuro',
		language: 'Idioma',
		storyLanguage: 'O da história: {name}',
		flow: 'O tempo corre',
		flowAuto: 'Como o idioma escreve',
		ltr: 'Da esquerda para a direita',
		rtl: 'Da direita para a esquerda',
		openAt: 'Abrir em',
		noEvent: 'Nenhum evento: toda a cronologia',
		eventId: 'o id de um evento',
		panel: 'Painel de leitura ao início',
		panelAuto: 'Aberto quando abre num evento',
		open: 'Aberto',
		closed: 'Fechado',
		live: 'Procurar atualizações',
		never: 'Nunca: tal como foi carregada',
		every: { one: 'A cada minuto', many: 'A cada {n} minutos', other: 'A cada {n} minutos' },
		accent: 'Cor de destaque',
		accentHint: 'a do site, ou #1971c2',
		font: 'Tipo de letra',
		fontSite: 'O do site (sem serifa do sistema)',
		serif: 'Com serifa',
		mono: 'Monoespaçado',
		export: 'Permitir que os leitores exportem (imagem, calendário, dados)',
		range: 'Primeiros dias mostrados (vazio: todos os eventos)',
		from: 'De',
		to: 'Até',
		leaveOut: 'Omitir',
		title: 'Título',
		summary: 'Resumo',
		search: 'Pesquisa',
		help: 'Texto de ajuda',
		legend: 'Legenda'
	},
	problems: {
		backwards: 'O intervalo é omitido: o seu início é depois do seu fim.',
		accentFormat: 'O destaque «{value}» é omitido: escreva-o como #rgb ou #rrggbb.',
		accentLight:
			'O destaque {colour} é omitido: o seu contraste com o fundo do tema claro ({surface}) é {ratio}:1, abaixo dos {needed}:1 de que as marcas precisam.',
		accentDark:
			'O destaque {colour} é omitido: o seu contraste com o fundo do tema escuro ({surface}) é {ratio}:1, abaixo dos {needed}:1 de que as marcas precisam.'
	}
} satisfies SharingMessages;
