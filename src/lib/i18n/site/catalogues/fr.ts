import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline : des frises d’actualité qui montrent leurs sources',
	description:
		'Des frises chronologiques zoomables où chaque événement renvoie aux mots exacts de sa source.',
	stories: 'Histoires',
	from: 'd’après {publishers}',
	draftAsk: 'Vous avez un article ?',
	draftLink: 'Tirez-en une histoire',
	draftWhat:
		' : ses expressions de date trouvées et résolues, chaque proposition citant ses mots exacts, pour qu’un rédacteur les vérifie.'
} satisfies SiteMessages;
