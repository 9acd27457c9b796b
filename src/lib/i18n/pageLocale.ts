import { activeLocale } from './active';
import { useLocale } from './loadLocale';
import { direction, pickLocale, type Locale } from './locales';

/**
 * Settles the page's language in the browser: the host's `lang` option (the page's
 * `?lang=`, which the loader fills from `data-sourceline-lang`), else the story's
 * `language`, else English; an unknown one falls through, silently. Its catalogue is loaded
 * (English is already there) and `<html lang dir>` follow. Returns the locale.
 */
export async function settlePageLocale(storyLanguage?: string): Promise<Locale> {
	const option = new URL(location.href).searchParams.get('lang');
	const locale = pickLocale(option, storyLanguage);
	if (locale !== activeLocale()) await useLocale(locale);
	document.documentElement.lang = locale;
	document.documentElement.dir = direction(locale);
	return locale;
}
