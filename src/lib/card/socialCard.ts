import { viewSvg } from '$lib/export/viewSvg';
import { timelineParts } from '$lib/export/timelineParts';
import { speaking } from '$lib/i18n/active';
import type { ExportWords } from '$lib/i18n/exportWords';
import { exportWords } from '$lib/i18n/exporting/en';
import { direction, type Direction } from '$lib/i18n/locales';
import type { ResolvedStory } from '$lib/story/types';
import { CARD_HEIGHT, CARD_WIDTH } from './cardFile';
import { cardLanguage } from './cardLanguage';

/**
 * A story's social card: the picture a site shows where the story's link is shared (Open
 * Graph's og:image). It is the export's picture of the fitted timeline, at the card's size:
 * the title, the marks of the whole story, the legend, the sources and the credit, every
 * text escaped. It speaks the story's language (`storyCardSvg`), as the story's readers do,
 * and is laid as they read: an Arabic story's card is mirrored, its words from the right
 * edge and its time running right to left, as its page's timeline runs by default.
 */

/** The card in the story's own language (its `language`, else English): words, dates, way. */
export async function storyCardSvg(
	story: ResolvedStory,
	measurer?: (font: string) => (text: string) => number
): Promise<string> {
	const { locale, messages, words } = await cardLanguage(story);
	return speaking(locale, messages, () => socialCardSvg(story, measurer, words, direction(locale)));
}

/**
 * The card as an SVG document. `measurer` measures text in a CSS font (see viewSvg.ts);
 * `way` is how its language writes, which its words and its time both follow.
 */
export function socialCardSvg(
	story: ResolvedStory,
	measurer?: (font: string) => (text: string) => number,
	words: ExportWords = exportWords,
	way: Direction = 'ltr'
): string {
	return viewSvg({
		story,
		model: timelineParts.timelineModel(story.events, story.eras, story.displayTimeZone),
		parts: timelineParts,
		words,
		visible: null,
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		measurer,
		direction: way,
		timeFlow: way
	}).svg;
}
