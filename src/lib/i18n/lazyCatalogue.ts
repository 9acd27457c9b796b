import { activeLocale } from './active';
import type { Locale } from './locales';

/** Each catalogue but the English one, fetched as a chunk of its own. */
export type CatalogueLoaders<M> = Record<Exclude<Locale, 'en-GB'>, () => Promise<{ default: M }>>;

/**
 * A set of words apart from the reader's catalogue (../en.ts), for a part of the site that
 * loads on demand (the search, the authoring pages): English until `use` has loaded another
 * language's catalogue, which each part loads before it is drawn in that language.
 */
export interface LazyCatalogue<M> {
	/** The words in the language last loaded. */
	words(): M;
	/** A locale's catalogue. */
	catalogue(locale: Locale): Promise<M>;
	/** Loads `locale`'s catalogue (once) and makes it the words'. */
	use(locale: Locale): Promise<void>;
	/** `use` for the page's language, asked once per language however often it is called. */
	usePageLocale(): Promise<void>;
	/** Back to English (for tests). */
	reset(): void;
}

export function lazyCatalogue<M>(english: M, loaders: CatalogueLoaders<M>): LazyCatalogue<M> {
	let current = english;
	const catalogue = async (locale: Locale): Promise<M> =>
		locale === 'en-GB' ? english : (await loaders[locale]()).default;
	const use = async (locale: Locale) => {
		current = await catalogue(locale);
	};
	let loaded: Promise<void> | null = null;
	let loadedFor = '';
	return {
		words: () => current,
		catalogue,
		use,
		usePageLocale: () => {
			const locale = activeLocale();
			if (!loaded || loadedFor !== locale) {
				loadedFor = locale;
				loaded = use(locale);
			}
			return loaded;
		},
		reset: () => {
			current = english;
		}
	};
}
