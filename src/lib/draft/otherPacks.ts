import type { LanguagePack } from './languagePack';

/**
 * The packs of the languages besides English, each imported when first asked for. This module
 * is itself loaded on demand (loadLanguage.ts), so the list of what their code needs is not
 * in the first load of a page that drafts English.
 */
export function loadOtherPack(language: 'fr' | 'de'): Promise<LanguagePack> {
	return LOADERS[language]();
}

/** One import each, apart: a choice between two imports in one expression preloads both. */
const LOADERS: Record<'fr' | 'de', () => Promise<LanguagePack>> = {
	fr: () => import('./frenchPack').then((module) => module.FRENCH_PACK),
	de: () => import('./germanPack').then((module) => module.GERMAN_PACK)
};
