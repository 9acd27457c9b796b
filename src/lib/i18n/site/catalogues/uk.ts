import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline: хронології новин, що показують свої джерела',
	description:
		'Хронології новин із масштабуванням, де кожна подія вказує на точні слова свого джерела.',
	stories: 'Історії',
	from: 'за матеріалами {publishers}',
	draftAsk: 'Маєте статтю?',
	draftLink: 'Складіть із неї чернетку історії',
	draftWhat:
		': її вирази дат знайдено й розтлумачено, кожна пропозиція цитує свої точні слова, щоб редактор перевірив.'
} satisfies SiteMessages;
