import { ENGLISH_PACK } from './englishPack';
import type { LanguagePack } from './languagePack';
import { draftLanguageOf, unsupportedLanguageMessage, type DraftLanguage } from './languages';

/**
 * The pack for a language drafting reads. English is always loaded; French and German are
 * imported when first asked for, so a page that drafts English never loads their parsers.
 */
export function loadLanguagePack(language: DraftLanguage): Promise<LanguagePack> {
	if (language === 'en') return Promise.resolve(ENGLISH_PACK);
	return import('./otherPacks').then((module) => module.loadOtherPack(language));
}

/** The pack for a BCP 47 tag (`fr-CA` reads as French); an error naming it where none reads it. */
export function loadPackFor(tag: string): Promise<LanguagePack> {
	const language = draftLanguageOf(tag);
	if (!language) return Promise.reject(new Error(unsupportedLanguageMessage(tag)));
	return loadLanguagePack(language);
}
