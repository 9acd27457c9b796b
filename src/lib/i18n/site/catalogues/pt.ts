import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline: cronologias de notícias que mostram as suas fontes',
	description:
		'Cronologias de notícias com zoom em que cada acontecimento aponta para as palavras exatas da sua fonte.',
	stories: 'Histórias',
	from: 'de {publishers}',
	draftAsk: 'Tem um artigo?',
	draftLink: 'Faça com ele o rascunho de uma história',
	draftWhat:
		': as suas expressões de data encontradas e resolvidas, cada proposta citando as suas palavras exatas, para um editor verificar.'
} satisfies SiteMessages;
