import { warnEmbed } from '$lib/embed/host/warn';
import { activeLocale, setTimeFlow } from './active';
import { useLocale } from './loadLocale';
import { direction, pickLocale, timeFlow, type Locale } from './locales';

/**
 * Settles the page's language in the browser: the host's `lang` option (the page's
 * `?lang=`, which the loader fills from `data-sourceline-lang`), else the story's
 * `language`, else English; an unknown one falls through, silently. Its catalogue is loaded
 * (English is already there) and `<html lang dir>` follow, and the way time runs across
 * the timeline (`flow`, see `timeFlow`). Returns the locale.
 */
export async function settlePageLocale(storyLanguage?: string): Promise<Locale> {
	const params = new URL(location.href).searchParams;
	const locale = pickLocale(params.get('lang'), storyLanguage);
	if (locale !== activeLocale()) await useLocale(locale);
	document.documentElement.lang = locale;
	document.documentElement.dir = direction(locale);
	const flow = timeFlow(locale, params.get('flow'));
	if (flow.warning) warnEmbed([flow.warning]);
	setTimeFlow(flow.value);
	return locale;
}
