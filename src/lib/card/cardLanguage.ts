import type { Messages } from '$lib/i18n/en';
import { exportWordsFor, type ExportWords } from '$lib/i18n/exportWords';
import { catalogue } from '$lib/i18n/loadLocale';
import { pickLocale, type Locale } from '$lib/i18n/locales';
import type { ResolvedStory } from '$lib/story/types';

/** The language a story's card speaks: its locale, its catalogue and its export words. */
export interface CardLanguage {
	locale: Locale;
	messages: Messages;
	words: ExportWords;
}

/**
 * The story's own language (its `language`, else English), as the story's readers read it:
 * the card is drawn in it (socialCard.ts), and the page's tags that share it say it in it.
 */
export async function cardLanguage(story: Pick<ResolvedStory, 'language'>): Promise<CardLanguage> {
	const locale = pickLocale(null, story.language);
	const [messages, words] = await Promise.all([catalogue(locale), exportWordsFor(locale)]);
	return { locale, messages, words };
}
