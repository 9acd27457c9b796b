import { lazyCatalogue } from '../lazyCatalogue';
import { siteEn } from './en';

/**
 * The site's pages' words in the page's language (the home page loads them once the page's
 * language is settled). Each language a chunk of its own, written out as the other
 * catalogues' are.
 */
const site = lazyCatalogue(siteEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const tSite = site.words;
export const siteCatalogue = site.catalogue;
export const useSiteLocale = site.use;
