import { activeLocale } from './active';
import type { Plural } from './en';
import type exportWords from './exporting/en';
import type { Locale } from './locales';

/**
 * The Export menu's words, apart from the page's catalogue (which holds only the button's
 * name): no page loads them until the menu is opened. One file per language in exporting/,
 * each checked against the English one (exportWords.test.ts).
 */
export type ExportWords = {
	[K in keyof typeof exportWords]: (typeof exportWords)[K] extends string ? string : Plural;
};

const files: Record<Exclude<Locale, 'en-US'>, () => Promise<{ default: ExportWords }>> = {
	'en-GB': () => import('./exporting/en'),
	fr: () => import('./exporting/fr'),
	de: () => import('./exporting/de'),
	es: () => import('./exporting/es'),
	it: () => import('./exporting/it'),
	pt: () => import('./exporting/pt'),
	uk: () => import('./exporting/uk'),
	ar: () => import('./exporting/ar')
};

/** A language's export words (American English reads the British ones). */
export async function exportWordsFor(locale: Locale): Promise<ExportWords> {
	return (await files[locale === 'en-US' ? 'en-GB' : locale]()).default;
}

/** The export words of the page's language. */
export function loadExportWords(): Promise<ExportWords> {
	return exportWordsFor(activeLocale());
}
