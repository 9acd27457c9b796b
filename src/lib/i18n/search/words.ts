import { lazyCatalogue } from '../lazyCatalogue';
import { searchEn } from './en';

/**
 * The search's words in the page's language, loaded with the search box: a page that is
 * never searched carries none of them. Each language a chunk of its own.
 */
const search = lazyCatalogue(searchEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const tSearch = search.words;
export const searchCatalogue = search.catalogue;
export const useSearchLocale = search.use;
export const resetSearchLocale = search.reset;

/** Loads the search's words in the page's language, before the search is drawn. */
export const loadSearchWords = search.usePageLocale;
