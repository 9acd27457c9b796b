import { lazyCatalogue } from '../lazyCatalogue';
import { authoringEn } from './en';

/**
 * The authoring pages' words in the page's language (AuthoringLocale.svelte loads them).
 * Each language a chunk of its own, loaded with those pages alone.
 */
const authoring = lazyCatalogue(authoringEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const ta = authoring.words;
export const authoringCatalogue = authoring.catalogue;
export const useAuthoringLocale = authoring.use;
