import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline: cronologías de noticias que muestran sus fuentes',
	description:
		'Cronologías de noticias con zoom en las que cada acontecimiento remite a las palabras exactas de su fuente.',
	stories: 'Historias',
	from: 'de {publishers}',
	draftAsk: '¿Tiene un artículo?',
	draftLink: 'Haga un borrador de historia con él',
	draftWhat:
		': sus expresiones de fecha encontradas y resueltas, cada propuesta citando sus palabras exactas, para que un editor las revise.'
} satisfies SiteMessages;
