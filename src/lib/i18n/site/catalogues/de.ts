import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline: Nachrichten-Zeitleisten, die ihre Quellen zeigen',
	description:
		'Zoombare Nachrichten-Zeitleisten, in denen jedes Ereignis auf die genauen Worte seiner Quelle verweist.',
	stories: 'Geschichten',
	from: 'aus {publishers}',
	draftAsk: 'Sie haben einen Artikel?',
	draftLink: 'Entwerfen Sie daraus eine Geschichte',
	draftWhat:
		': Seine Datumsangaben werden gefunden und aufgelöst, jeder Vorschlag zitiert seine genauen Worte, zur Prüfung durch die Redaktion.'
} satisfies SiteMessages;
