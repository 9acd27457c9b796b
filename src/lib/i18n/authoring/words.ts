import type { Locale } from '../locales';
import { authoringEn, type AuthoringMessages } from './en';

/**
 * The authoring pages' words in the page's language: English until `useAuthoringLocale`
 * has loaded another catalogue (each a chunk of its own, like the reader's: ../loadLocale.ts).
 */
let current: AuthoringMessages = authoringEn;

export function ta(): AuthoringMessages {
	return current;
}

const catalogues: Record<
	Exclude<Locale, 'en-GB'>,
	() => Promise<{ default: AuthoringMessages }>
> = {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
};

/** A locale's catalogue of the authoring pages. */
export async function authoringCatalogue(locale: Locale): Promise<AuthoringMessages> {
	return locale === 'en-GB' ? authoringEn : (await catalogues[locale]()).default;
}

/** Loads `locale`'s catalogue and makes it the authoring pages' language. */
export async function useAuthoringLocale(locale: Locale): Promise<void> {
	current = await authoringCatalogue(locale);
}

/** Back to English (for tests). */
export function resetAuthoringLocale(): void {
	current = authoringEn;
}
