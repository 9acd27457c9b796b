import { setActive } from './active';
import { en, type Messages } from './en';
import type { Locale } from './locales';

/**
 * Each catalogue but the English one is a chunk of its own, fetched only when a reader's
 * language needs it: an English page loads no other language's words.
 */
const catalogues: Record<Exclude<Locale, 'en-GB'>, () => Promise<{ default: Messages }>> = {
	'en-US': () => import('./catalogues/en-US'),
	fr: () => import('./catalogues/fr'),
	de: () => import('./catalogues/de'),
	es: () => import('./catalogues/es'),
	it: () => import('./catalogues/it'),
	pt: () => import('./catalogues/pt'),
	uk: () => import('./catalogues/uk'),
	ar: () => import('./catalogues/ar')
};

/** A locale's catalogue. */
export async function catalogue(locale: Locale): Promise<Messages> {
	return locale === 'en-GB' ? en : (await catalogues[locale]()).default;
}

/** Loads `locale`'s catalogue and makes it the page's language. */
export async function useLocale(locale: Locale): Promise<void> {
	setActive(locale, await catalogue(locale));
}
