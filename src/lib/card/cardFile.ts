import type { ExportWords } from '$lib/i18n/exportWords';
import { fill } from '$lib/i18n/plural';
import type { ResolvedStory } from '$lib/story/types';

// What pages and oEmbed say of a story's social card (drawn by socialCard.ts at build time):
// where it is, its size and its words. Kept apart from the drawing, which they do not need.

/** Open Graph's recommended image size (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Where a story's card is published (prerendered: one PNG a story). */
export function cardUrl(origin: string, storyId: string): string {
	return new URL(`/stories/${encodeURIComponent(storyId)}/card.png`, origin).href;
}

/** The card's alternative text: what it shows, in the words of the card's language. */
export function cardAlt(
	story: Pick<ResolvedStory, 'title'>,
	words: Pick<ExportWords, 'cardAlt'>
): string {
	return fill(words.cardAlt, { title: story.title });
}
