/** The languages drafting reads, by their BCP 47 primary subtag. */
export const DRAFT_LANGUAGES = ['en', 'fr', 'de'] as const;

export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

/** Each language's own name, for the editor's choice. */
export const LANGUAGE_NAMES: Record<DraftLanguage, string> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch'
};

/** A BCP 47 tag: a primary language subtag, then subtags of 1–8 letters or digits. */
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * The language drafting reads for a BCP 47 tag (`fr`, `fr-CA`, `de-CH`, `en-GB`): its primary
 * subtag, where drafting reads that language; null otherwise.
 */
export function draftLanguageOf(tag: string): DraftLanguage | null {
	const trimmed = tag.trim();
	if (!TAG.test(trimmed)) return null;
	const primary = trimmed.split('-')[0]!.toLowerCase();
	return DRAFT_LANGUAGES.find((language) => language === primary) ?? null;
}

/** Why a tag cannot be drafted, naming it and the languages that can. */
export function unsupportedLanguageMessage(tag: string): string {
	const names = DRAFT_LANGUAGES.map((language) => `${language} (${LANGUAGE_NAMES[language]})`);
	return `The language “${tag}” is not one drafting reads: use ${names.join(', ')}; a BCP 47 tag such as fr-CA is read by its language.`;
}
