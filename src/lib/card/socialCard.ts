import { viewSvg } from '$lib/export/viewSvg';
import { timelineParts } from '$lib/export/timelineParts';
import { exportWords } from '$lib/i18n/exporting/en';
import type { ResolvedStory } from '$lib/story/types';
import { CARD_HEIGHT, CARD_WIDTH } from './cardFile';

/**
 * A story's social card: the picture a site shows where the story's link is shared (Open
 * Graph's og:image). It is the export's picture of the fitted timeline, at the card's size:
 * the title, the marks of the whole story, the legend, the sources and the credit, every
 * text escaped. The server draws it in English, as it draws the pages.
 */

/** The card as an SVG document. `measurer` measures text in a CSS font (see viewSvg.ts). */
export function socialCardSvg(
	story: ResolvedStory,
	measurer?: (font: string) => (text: string) => number
): string {
	return viewSvg({
		story,
		model: timelineParts.timelineModel(story.events, story.eras, story.displayTimeZone),
		parts: timelineParts,
		words: exportWords,
		visible: null,
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		measurer
	}).svg;
}
