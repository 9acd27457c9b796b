import { viewSvg } from '$lib/export/viewSvg';
import { timelineParts } from '$lib/export/timelineParts';
import { speaking } from '$lib/i18n/active';
import type { ExportWords } from '$lib/i18n/exportWords';
import { exportWords } from '$lib/i18n/exporting/en';
import type { ResolvedStory } from '$lib/story/types';
import { CARD_HEIGHT, CARD_WIDTH } from './cardFile';
import { cardLanguage } from './cardLanguage';

/**
 * A story's social card: the picture a site shows where the story's link is shared (Open
 * Graph's og:image). It is the export's picture of the fitted timeline, at the card's size:
 * the title, the marks of the whole story, the legend, the sources and the credit, every
 * text escaped. It speaks the story's language (`storyCardSvg`), as the story's readers do.
 */

/** The card in the story's own language (its `language`, else English): words and dates. */
export async function storyCardSvg(
	story: ResolvedStory,
	measurer?: (font: string) => (text: string) => number
): Promise<string> {
	const { locale, messages, words } = await cardLanguage(story);
	return speaking(locale, messages, () => socialCardSvg(story, measurer, words));
}

/** The card as an SVG document. `measurer` measures text in a CSS font (see viewSvg.ts). */
export function socialCardSvg(
	story: ResolvedStory,
	measurer?: (font: string) => (text: string) => number,
	words: ExportWords = exportWords
): string {
	return viewSvg({
		story,
		model: timelineParts.timelineModel(story.events, story.eras, story.displayTimeZone),
		parts: timelineParts,
		words,
		visible: null,
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		measurer
	}).svg;
}
