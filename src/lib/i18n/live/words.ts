import { lazyCatalogue } from '../lazyCatalogue';
import { liveEn } from './en';

/**
 * A live story's words in the page's language, loaded with its code: a story that never
 * changes carries none of them. Each language a chunk of its own.
 */
const live = lazyCatalogue(liveEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const tLive = live.words;
export const liveCatalogue = live.catalogue;
export const resetLiveLocale = live.reset;

/** Loads a live story's words in the page's language, before anything is said. */
export const loadLiveWords = live.usePageLocale;
