import { lazyCatalogue } from '../lazyCatalogue';
import { sharingEn } from './en';

/**
 * The Embed dialog's words in the page's language, loaded with the dialog (EmbedButton.svelte).
 * Each language a chunk of its own: the imports are written out, as the other catalogues'
 * are, since an import of a variable path brings a runtime helper into every first load.
 */
const sharing = lazyCatalogue(sharingEn, {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
});

export const tShare = sharing.words;
export const sharingCatalogue = sharing.catalogue;
export const loadSharingWords = sharing.usePageLocale;
