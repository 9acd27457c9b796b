import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline: cronologie di notizie che mostrano le loro fonti',
	description:
		'Cronologie di notizie con zoom in cui ogni evento rimanda alle parole esatte della sua fonte.',
	stories: 'Storie',
	from: 'da {publishers}',
	draftAsk: 'Hai un articolo?',
	draftLink: 'Ricavane la bozza di una storia',
	draftWhat:
		': le sue espressioni di data trovate e risolte, ogni proposta con le sue parole esatte, perché un redattore le controlli.'
} satisfies SiteMessages;
