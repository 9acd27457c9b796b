import { openGraphLocale } from '$lib/i18n/locales';
import type { ResolvedStory } from '$lib/story/types';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardUrl } from './cardFile';
import { cardLanguage } from './cardLanguage';

/** What a story page's Open Graph tags say: where it is, its language, its card. */
export interface ShareTags {
	pageUrl: string;
	/** `og:locale`: the story's language, as Open Graph writes it (`fr_FR`). */
	locale: string;
	card: { url: string; width: number; height: number; alt: string };
}

/**
 * The tags a site reads where a story's link is shared, in the story's language as its card
 * is (see cardLanguage.ts): a French story's card is described in French.
 */
export async function shareTags(
	origin: string,
	story: Pick<ResolvedStory, 'id' | 'title' | 'language'>
): Promise<ShareTags> {
	const { words } = await cardLanguage(story);
	return {
		pageUrl: new URL(`/stories/${encodeURIComponent(story.id)}`, origin).href,
		locale: openGraphLocale(story.language),
		card: {
			url: cardUrl(origin, story.id),
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			alt: cardAlt(story, words)
		}
	};
}
